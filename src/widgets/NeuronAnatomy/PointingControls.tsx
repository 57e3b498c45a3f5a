import type { ReactNode } from 'react';
import { ParamControl } from '../shared/ParamControls';
import type { PartProps } from '../shared/defineWidget';
import { params } from './params';
import type { AnatomyPart, PointHandlers } from './pointing';

/** Each control and the part of the neuron it points at, in the order the reader meets them. */
const CONTROLS: readonly [keyof typeof params, AnatomyPart][] = [
  ['x1', 'p1'], ['w1', 'p1'], ['x2', 'p2'], ['w2', 'p2'], ['x3', 'p3'], ['w3', 'p3'], ['b', 'pb'], ['act', 'pa'],
];

/** Wraps a control so focusing or hovering it points at its part of the neuron. */
function Pointing({ part, onHover, onFocusPart, children }: PointHandlers & { part: AnatomyPart; children: ReactNode }) {
  return (
    <div
      className="nn-anatomy__control"
      data-part={part}
      onFocus={() => onFocusPart(part)}
      onBlur={() => onFocusPart(null)}
      onMouseEnter={() => onHover(part)}
      onMouseLeave={() => onHover(null)}
    >
      {children}
    </div>
  );
}

/** The generated controls, each wrapped to point at its part (the definition asks for none of its own). */
export function PointingControls({ s, set, v }: PartProps<typeof params, { point: PointHandlers }>) {
  return (
    <div className="nn-controls-grid">
      {CONTROLS.map(([key, part]) => (
        <Pointing key={key} part={part} {...v.point}>
          <ParamControl<typeof params> name={key} param={params[key]} value={s[key]} set={set} />
        </Pointing>
      ))}
    </div>
  );
}
