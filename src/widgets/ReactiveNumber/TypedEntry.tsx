import { useState } from 'react';
import { parseNumberInput } from '../../components/format';

/** The number as a text field (Enter to take it, Escape or leaving to give up). */
export function TypedEntry({ label, value, onCommit, onClose }: { label: string; value: number; onCommit: (x: number) => void; onClose: () => void }) {
  const [message, setMessage] = useState('');
  return (
    <span className="nn-reactive-edit">
      <input
        className="nn-reactive-input"
        aria-label={`${label}, type a value`}
        defaultValue={String(value)}
        autoFocus
        size={6}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
          if (event.key !== 'Enter') return;
          const parsed = parseNumberInput(event.currentTarget.value);
          if (!parsed.ok) {
            setMessage(parsed.message);
            return;
          }
          setMessage('');
          onCommit(parsed.value);
          onClose();
        }}
        onBlur={onClose}
      />
      {message ? <span role="alert" className="nn-reactive-message">{message}</span> : null}
    </span>
  );
}
