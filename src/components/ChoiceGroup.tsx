import { useId } from 'react';
import { stableControl } from './stableControl';

export interface Choice<T extends string | number> {
  value: T;
  label: string;
}

export interface ChoiceGroupProps<T extends string | number> {
  legend: string;
  options: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
  /** Visually hide the legend (it still names the group). */
  hideLegend?: boolean;
  className?: string;
}

/**
 * One-of-many choice: a fieldset of native radio inputs styled as segmented buttons, so the
 * platform supplies arrow-key movement, a single tab stop and the radiogroup semantics.
 */
function ChoiceGroupView<T extends string | number>({
  legend, options, value, onChange, disabled = false, hideLegend = false, className,
}: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset role="radiogroup" className={`nn-choice${className ? ` ${className}` : ''}`} disabled={disabled}>
      <legend className={hideLegend ? 'nn-visually-hidden' : 'nn-choice__legend'}>{legend}</legend>
      <div className="nn-choice__options">
        {options.map((option, i) => (
          <label key={String(option.value)} className="nn-choice__option">
            <input
              type="radio"
              className="nn-choice__input"
              name={name}
              value={String(i)}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span className="nn-choice__text">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The choice group, re-rendered only when its own props change (see stableControl). */
export const ChoiceGroup = stableControl(ChoiceGroupView, ['onChange']) as typeof ChoiceGroupView;
