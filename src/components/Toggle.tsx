import { stableControl } from './stableControl';

export interface ToggleProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  className?: string;
}

/** An on/off switch: a native checkbox with role="switch", named by its visible label. */
function ToggleView({ label, checked, onChange, disabled = false, className }: ToggleProps) {
  return (
    <label className={`nn-toggle${className ? ` ${className}` : ''}`}>
      <input
        type="checkbox"
        role="switch"
        className="nn-toggle__input"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span className="nn-toggle__track" aria-hidden="true"><span className="nn-toggle__thumb" /></span>
      <span className="nn-toggle__label">{label}</span>
    </label>
  );
}

/** The switch, re-rendered only when its own props change (see stableControl). */
export const Toggle = stableControl(ToggleView, ['onChange']);
