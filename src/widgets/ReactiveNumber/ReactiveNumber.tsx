import { useState } from 'react';
import { formatNumber } from '../../components/format';
import { patchState } from '../shared/widgetStore';
import { useStateOf } from '../shared/useWidgetState';
import { stepOf, symbolOf } from '../shared/params';
import { clamp, roundToStep } from '../../components/sliderMath';
import { colorOf } from '../shared/ParamControls';
import type { WidgetProps } from '../registry';
import { resolveParam, type ParamRef } from '../paramRegistry';
import { TypedEntry } from './TypedEntry';
import { useStepping } from './useStepping';

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

function LiveParameter({ widget, name, param }: ParamRef) {
  const { min, max } = param;
  const step = stepOf(param);
  // The symbol of "w1 (weight 1)": the sentence around the number says the rest.
  const label = symbolOf(param, name);
  const color = colorOf(param);
  const stored = useStateOf(widget)?.[name];
  const value = typeof stored === 'number' && Number.isFinite(stored) ? stored : param.default;
  const [editing, setEditing] = useState(false);
  // On the step's grid, so 0.1 + 0.2 stays 0.3.
  const set = (next: number) => patchState(widget, { [name]: roundToStep(clamp(next, min, max), step) });
  const stepping = useStepping(value, step, min, max, set, () => setEditing(true));

  if (editing) return <TypedEntry label={label} value={value} onCommit={set} onClose={() => setEditing(false)} />;
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
      {...stepping}
      onDoubleClick={() => setEditing(true)}
    >
      {formatNumber(value)}
    </span>
  );
}
