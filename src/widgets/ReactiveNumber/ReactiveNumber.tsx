import { useCallback, useRef, useState, useSyncExternalStore, type KeyboardEvent, type PointerEvent } from 'react';
import { formatNumber, parseNumberInput } from '../../components/format';
import { getState, patchState, subscribe } from '../shared/widgetStore';
import type { WidgetProps } from '../registry';
import { resolveParam, type ParamRef } from '../paramRegistry';
import { stepOf } from '../shared/params';
import { colorOf } from '../shared/ParamControls';

const finite = (x: unknown, fallback: number) => (typeof x === 'number' && Number.isFinite(x) ? x : fallback);

/**
 * A number in the prose that is also a control: drag it sideways, step it with the arrow keys,
 * or press Enter and type. It reads and writes one parameter of a widget's shared state, so the
 * figure and everything that depends on the number follow. Its bounds, step, label and colour
 * are the parameter's own: MDX names it and nothing else, `<ReactiveNumber of="calculation-by-hand.w1" />`
 * (the build fails if it names no number parameter, see src/app/contentCheck.ts).
 */
export default function ReactiveNumber(props: WidgetProps) {
  const ref = resolveParam(String(props.of ?? ''));
  if ('error' in ref) return <span className="nn-reactive nn-reactive--broken">?</span>;
  return <LiveParameter {...ref} />;
}

function LiveParameter({ widget, name: param, param: definition }: ParamRef) {
  const { min, max } = definition;
  const step = stepOf(definition);
  const fallback = definition.default;
  // The symbol of "w1 (weight 1)": the sentence around the number says the rest.
  const label = (definition.label ?? param).split(' (')[0];
  const color = colorOf(definition);

  const value = useSyncExternalStore(
    useCallback((listener: () => void) => subscribe(widget, listener), [widget]),
    () => finite(getState<Record<string, never>>(widget)?.[param], fallback),
    () => fallback,
  );
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  const drag = useRef<{ x: number; start: number } | null>(null);

  const decimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  const set = (next: number) => {
    const clamped = Math.min(max, Math.max(min, next));
    patchState(widget, { [param]: Number(clamped.toFixed(Math.min(decimals, 12))) });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    const moves: Record<string, number> = { ArrowRight: step, ArrowUp: step, ArrowLeft: -step, ArrowDown: -step, PageUp: step * 10, PageDown: -step * 10 };
    if (event.key in moves) set(value + moves[event.key]);
    else if (event.key === 'Home') set(min);
    else if (event.key === 'End') set(max);
    else if (event.key === 'Enter' || event.key === ' ') setEditing(true);
    else return;
    event.preventDefault();
  };

  const onPointerDown = (event: PointerEvent<HTMLSpanElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, start: value };
  };
  const onPointerMove = (event: PointerEvent<HTMLSpanElement>) => {
    if (!drag.current) return;
    // One step per 4 px: fine enough to aim, coarse enough to hold still.
    set(drag.current.start + Math.round((event.clientX - drag.current.x) / 4) * step);
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  if (editing) {
    return (
      <span className="nn-reactive-edit">
        <input
          className="nn-reactive-input"
          aria-label={`${label}, type a value`}
          defaultValue={String(value)}
          autoFocus
          size={6}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setEditing(false);
            if (event.key !== 'Enter') return;
            const parsed = parseNumberInput(event.currentTarget.value);
            if (!parsed.ok) {
              setMessage(parsed.message);
              return;
            }
            setMessage('');
            set(parsed.value);
            setEditing(false);
          }}
          onBlur={() => setEditing(false)}
        />
        {message ? <span role="alert" className="nn-reactive-message">{message}</span> : null}
      </span>
    );
  }

  return (
    <span
      className="nn-reactive"
      role="slider"
      tabIndex={0}
      aria-label={`${label} (drag, arrow keys, or Enter to type)`}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={formatNumber(value)}
      style={color ? { color } : undefined}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={() => setEditing(true)}
    >
      {formatNumber(value)}
    </span>
  );
}
