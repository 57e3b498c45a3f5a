import { useMemo } from 'react';
import { sampleFunction } from '../../core';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { Marker } from '../../components/plot/Marker';
import { optionLabel } from '../shared/params';
import { params, type LossCurveState } from './params';
import { lossAt, W_RANGE } from './lossCurveMath';

/** Plot y-range: [0, a round ceiling of the curve's maximum] (never degenerate). */
export function lossDomain(Ls: ArrayLike<number>): [number, number] {
  let hi = 0;
  for (let i = 0; i < Ls.length; i++) if (Number.isFinite(Ls[i])) hi = Math.max(hi, Ls[i]);
  if (hi <= 0.5) return [0, 0.5];
  if (hi <= 1) return [0, 1];
  return [0, Math.ceil(hi)];
}

interface LossPlotProps {
  v: LossCurveState & { L: number; best: { w: number; L: number } };
}

/** L as the swept weight runs over its range, the other weight and the target held. */
export function LossPlot({ v }: LossPlotProps) {
  const { w1, w2, y, loss, sweep } = v;
  const curve = useMemo(() => sampleFunction((w) => lossAt({ w1, w2, y, loss, [sweep]: w }).L, ...W_RANGE), [w1, w2, y, loss, sweep]);
  const current = v[sweep];
  const name = optionLabel(params.loss, loss);
  const f = (x: number) => formatNumber(x);
  const description =
    `The ${name} L as ${sweep} runs from −3 to 3 with the other weight and the target y = ${f(y)} held. ` +
    `At the current ${sweep} = ${f(current)} the loss is ${f(v.L)}; the curve is lowest, ${f(v.best.L)}, at ${sweep} = ${f(v.best.w)}.`;
  return (
    <Plot x={{ domain: [...W_RANGE] }} y={{ domain: lossDomain(curve.ys) }} height={240} title={`Loss L as ${sweep} varies (${name})`} description={description}>
      <AxisBottom label={sweep} />
      <AxisLeft label="L" />
      <LinePath xs={curve.xs} ys={curve.ys} color="var(--series-1)" />
      <Marker x={current} y={v.L} color="var(--c-w)" label={`${sweep} = ${f(current)}`} />
    </Plot>
  );
}
