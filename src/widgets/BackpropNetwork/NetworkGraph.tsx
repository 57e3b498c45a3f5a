import { useId } from 'react';
import { formatNumber } from '../../components/format';
import { DragHandle } from '../../components/DragHandle';
import { rangeOf, symbolOf } from '../shared/params';
import type { NetworkPart } from './useNetwork';
import { edges, HEIGHT, labelAt, nodes, RADIUS, unitOfStep, WEIGHT_PER_PIXEL, WIDTH, type NodeName } from './graphLayout';
import { gradientOf } from './networkValues';
import { params } from './params';

const f3 = (x: number) => formatNumber(x);
const f4 = (x: number) => formatNumber(x, 4);

const NODE_NAMES: Record<NodeName, string> = { x1: 'x1', x2: 'x2', h1: 'hidden 1', h2: 'hidden 2', out: 'output' };
type Dragged = (typeof edges)[number]['key'] | 'x1' | 'x2';

/** Which units' δ the backward pass has reached at this step. */
const reached = (step: number) => (['out', 'h1', 'h2'] as const).slice(0, step);

/**
 * The 2-2-1 network as a graph: each unit with its z and a (and its δ once the backward pass has
 * reached it), each edge with its weight (and its ∂L/∂w once found). Drag an edge up or down to
 * change its weight, an input node to change its input.
 */
export function NetworkGraph({ v, set }: NetworkPart) {
  const descId = useId();
  // A weight's edge or an input's node as a handle: a weight's ±10 spans 400 units of the
  // drawing, an input's ±5 half that.
  const drag = (name: Dragged, label: string) => {
    const param = params[name];
    return {
      ...rangeOf(param),
      value: v[name],
      travel: name === 'x1' || name === 'x2' ? 200 : (param.max - param.min) / WEIGHT_PER_PIXEL,
      onChange: (value: number) => set({ [name]: value }),
      label: `Drag handle: ${label}`,
      valueText: `${symbolOf(param, name)} = ${formatNumber(v[name])}`,
    };
  };
  const done = reached(v.step);
  const current = v.step > 0 ? unitOfStep[v.step as 1 | 2 | 3] : null;
  const unitValues: Record<'h1' | 'h2' | 'out', { z: number; a: number; delta: number }> = {
    h1: { z: v.pass.zs[0][0], a: v.a1[0], delta: v.d1[0] },
    h2: { z: v.pass.zs[0][1], a: v.a1[1], delta: v.d1[1] },
    out: { z: v.pass.zs[1][0], a: v.a2, delta: v.d2 },
  };

  const biasOf = { h1: v.b1_1, h2: v.b1_2, out: v.b2 };

  const description =
    `Inputs x1 = ${f3(v.x1)}, x2 = ${f3(v.x2)}. Hidden unit 1: z = ${f3(unitValues.h1.z)}, a = ${f3(unitValues.h1.a)}; ` +
    `hidden unit 2: z = ${f3(unitValues.h2.z)}, a = ${f3(unitValues.h2.a)}; output: z = ${f3(unitValues.out.z)}, a = ${f3(unitValues.out.a)}. ` +
    (done.length === 0
      ? 'The backward pass has not started.'
      : `Backward pass: ${done.map((u) => `δ of ${u === 'out' ? 'the output' : `hidden unit ${u[1]}`} = ${f4(unitValues[u].delta)}`).join(', ')}.`) +
    ' Edges are weights, red positive and blue dashed negative; drag an edge up or down to change it, or an input node to change the input.';

  return (
    <div className="nn-bpn-graph">
      <p className="nn-bpn-legend">
        Red numbers on the edges are weights (drag an edge up or down); <span className="nn-bpn-legend-grad">orange</span> ones
        are each edge’s ∂L/∂w and each unit’s δ, once the backward pass has reached them.
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label="The 2-2-1 network, forward and backward" aria-describedby={descId}>
        <desc id={descId}>{description}</desc>
        {edges.map(({ key, from, to, step, at }) => {
          const a = nodes[from], b = nodes[to];
          const w = v[key];
          const known = v.step >= step;
          const label = labelAt(from, to, at);
          const g = gradientOf(v, key).backprop;
          return (
            <DragHandle key={key} {...drag(key, `weight ${NODE_NAMES[from]} → ${NODE_NAMES[to]}`)} className={`nn-bpn-edge${current === to ? ' is-current' : ''}`}>
              <line x1={a.cx} y1={a.cy} x2={b.cx} y2={b.cy} className={w >= 0 ? 'nn-bpn-pos' : 'nn-bpn-neg'} style={{ strokeWidth: 1 + Math.min(6, Math.abs(w) * 1.5) }} />
              {/* A thin edge is hard to catch: a wide invisible stroke takes the press. */}
              <line x1={a.cx} y1={a.cy} x2={b.cx} y2={b.cy} className="nn-bpn-hit" />
              <text x={label.x} y={label.y - 6} className="nn-bpn-weight" textAnchor="middle">
                {f3(w)}
              </text>
              {known ? (
                <text x={label.x} y={label.y + 12} className="nn-bpn-grad" textAnchor="middle">
                  {f4(g)}
                </text>
              ) : null}
            </DragHandle>
          );
        })}
        {(['x1', 'x2'] as const).map((name, k) => (
          <DragHandle key={name} {...drag(name, `input ${k + 1}`)} className="nn-bpn-node nn-bpn-input">
            <circle cx={nodes[name].cx} cy={nodes[name].cy} r={RADIUS} />
            <text x={nodes[name].cx} y={nodes[name].cy - 4} textAnchor="middle" className="nn-bpn-name">x{k + 1}</text>
            <text x={nodes[name].cx} y={nodes[name].cy + 12} textAnchor="middle">{f3(v[name])}</text>
          </DragHandle>
        ))}
        {(['h1', 'h2', 'out'] as const).map((name) => {
          const { cx, cy } = nodes[name];
          const u = unitValues[name];
          return (
            <g key={name} className={`nn-bpn-node${current === name ? ' is-current' : ''}`}>
              <circle cx={cx} cy={cy} r={RADIUS} />
              <text x={cx} y={cy - RADIUS - 6} textAnchor="middle" className="nn-bpn-bias">b {f3(biasOf[name])}</text>
              <text x={cx} y={cy - 6} textAnchor="middle">z {f3(u.z)}</text>
              <text x={cx} y={cy + 10} textAnchor="middle">a {f3(u.a)}</text>
              {done.includes(name) ? (
                <text x={cx} y={cy + RADIUS + 16} textAnchor="middle" className="nn-bpn-grad">δ {f4(u.delta)}</text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
