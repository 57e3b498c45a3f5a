import { useId, useState } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';
import { editableNumber, formatNumber, parseNumberInput } from './format';
import { useHydrated } from './useHydrated';

export interface NumberFieldProps {
  /** Accessible name, shown as a visible label unless hideLabel. */
  label: string;
  value: number;
  /** Called with a parsed, clamped (and, if integer, rounded) value on Enter or blur. */
  onCommit: (value: number) => void;
  min?: number;
  max?: number;
  /** Round committed values to whole numbers (saying so). */
  integer?: boolean;
  /** Keep the label for assistive technology only (Slider uses this). */
  hideLabel?: boolean;
  disabled?: boolean;
  /** CSS colour for the field's border, e.g. 'var(--c-w)'. */
  color?: string;
  className?: string;
}

type Note = { kind: 'error' | 'info'; text: string } | null;

const show = (v: number) => formatNumber(v, 6, { grouping: true });

/**
 * An exact number entry. While the reader types, the text is theirs; on commit (Enter or blur)
 * it is parsed: bad input is refused with a visible message (aria-invalid, aria-describedby) and
 * the last good value is kept; out-of-range input is clamped with a note ("Clamped to 1,024").
 * Escape restores the current value. Values within range are kept exactly as typed.
 *
 * The prerendered page carries the value as text, and the field becomes an <input> once its
 * island is live: a browser's form autofill inspects every text field when the document has been
 * parsed, laying out each one, and 99 fields in chapters far below cost a phone seconds.
 */
export function NumberField({
  label, value, onCommit, min = -Infinity, max = Infinity, integer = false,
  hideLabel = false, disabled = false, color, className,
}: NumberFieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const [draft, setDraft] = useState<string | null>(null);
  const [note, setNote] = useState<Note>(null);

  const commit = () => {
    if (draft === null) return;
    const parsed = parseNumberInput(draft);
    if (!parsed.ok) {
      setNote({ kind: 'error', text: parsed.message });
      return;
    }
    let v = parsed.value;
    let text: string | null = null;
    if (integer && !Number.isInteger(v)) {
      v = Math.round(v);
      text = `Rounded to ${show(v)}`;
    }
    if (v < min || v > max) {
      v = v < min ? min : max;
      if (integer) v = v < min ? Math.ceil(min) : Math.floor(max);
      text = `Clamped to ${show(v)}`;
    }
    setNote(text ? { kind: 'info', text } : null);
    setDraft(null);
    onCommit(v === 0 ? 0 : v);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && draft !== null) {
      e.preventDefault();
      setDraft(null);
      setNote(null);
    }
  };

  const live = useHydrated();
  const invalid = note?.kind === 'error';
  const style = color ? ({ '--nn-field-color': color } as CSSProperties) : undefined;
  return (
    <span className={`nn-number-field${className ? ` ${className}` : ''}`} style={style}>
      {live ? (
        <>
          <label htmlFor={id} className={hideLabel ? 'nn-visually-hidden' : 'nn-number-field__label'}>
            {label}
          </label>
          <input
            id={id}
            className="nn-number-field__input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            disabled={disabled}
            value={draft ?? editableNumber(value)}
            aria-invalid={invalid || undefined}
            aria-describedby={note ? noteId : undefined}
            onChange={(e) => {
              setDraft(e.target.value);
              if (note) setNote(null);
            }}
            onBlur={commit}
            onKeyDown={onKeyDown}
          />
        </>
      ) : (
        <>
          <span className={hideLabel ? 'nn-visually-hidden' : 'nn-number-field__label'}>{label}</span>
          <span className="nn-number-field__input nn-number-field__input--static">{editableNumber(value)}</span>
        </>
      )}
      <span id={noteId} className={`nn-number-field__note nn-number-field__note--${note?.kind ?? 'none'}`} aria-live="polite">
        {note?.text}
      </span>
    </span>
  );
}
