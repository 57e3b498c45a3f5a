import { useId, type ReactNode } from 'react';

export interface ReadoutItem {
  /** The accessible name and visible label, e.g. "z", "a", "loss". */
  label: string;
  value: ReactNode;
  /** A colour token for the value, e.g. 'var(--c-z)'. */
  color?: string;
}

/**
 * Key results as labelled outputs: assistive technology and tests find each one by its name
 * (`getByRole('status', { name: 'z' })`). They do not announce themselves during a drag
 * (aria-live off); the frame announces a settled summary instead.
 */
export function Readout({ items, label }: { items: ReadoutItem[]; label?: string }) {
  const uid = useId();
  return (
    <dl className="nn-readout" aria-label={label}>
      {items.map((item, i) => (
        <div className="nn-readout__item" key={item.label}>
          <dt id={`${uid}-${i}`}>{item.label}</dt>
          <dd>
            <output aria-labelledby={`${uid}-${i}`} aria-live="off" style={item.color ? { color: item.color } : undefined}>
              {item.value}
            </output>
          </dd>
        </div>
      ))}
    </dl>
  );
}
