import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { Marker } from '../../components/plot/Marker';
import { activationLabel } from '../shared/activationNames';
import type { WhySwitchValues } from './whySwitchMath';

const f = (x: number) => formatNumber(x);
const ends = (ys: Float64Array) => `from ${f(ys[0])} to ${f(ys[ys.length - 1])}`;

/** y₁ as x₁ sweeps −3…3: a straight line without a switch, bent (dashed) with one. */
export function SwitchPlot({ v }: { v: WhySwitchValues }) {
  const ys = v.activation ? [...v.line.ys, ...v.bentCurve.ys] : [...v.line.ys];
  const lo = Math.min(...ys.filter(Number.isFinite), -1);
  const hi = Math.max(...ys.filter(Number.isFinite), 1);
  const pad = (hi - lo) * 0.08;
  const name = activationLabel[v.act];
  const shape = v.k === 1 ? 'stays straight: one layer has no gap for a switch' : v.bend > 1e-6 ? 'bends' : 'happens to stay straight for these weights (try Resample)';
  const description =
    `Output y1 as x1 runs from −3 to 3 with x2 = ${f(v.x2)}. Without a switch (solid) it is a straight line, ${ends(v.line.ys)}.` +
    (v.activation ? ` With ${name} between the ${v.k} layers (dashed) it runs ${ends(v.bentCurve.ys)} and ${shape}.` : '');
  return (
    <Plot x={{ domain: [-3, 3] }} y={{ domain: [lo - pad, hi + pad] }} height={240} title="The stack's output y1 as x1 varies" description={description}>
      <AxisBottom label="x1" />
      <AxisLeft label="y1" />
      <LinePath xs={v.line.xs} ys={v.line.ys} color="var(--c-z)" />
      {v.activation ? <LinePath xs={v.bentCurve.xs} ys={v.bentCurve.ys} color="var(--c-a)" dashed strokeWidth={2.5} /> : null}
      <Marker x={v.x1} y={v.stacked[0]} color="var(--c-z)" label="linear" />
      {v.bent ? <Marker x={v.x1} y={v.bent[0]} color="var(--c-a)" label={name} /> : null}
    </Plot>
  );
}
