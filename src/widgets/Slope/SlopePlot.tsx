import { useMemo } from 'react';
import { sampleFunction } from '../../core';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { Marker } from '../../components/plot/Marker';
import { Points } from '../../components/plot/Points';
import { lineThrough, slopeDomains, slopeFunctions } from './slopeMath';
import type { SlopeValues } from './slopeTex';

const LO = -3;
const HI = 3;
const f4 = (x: number) => formatNumber(x, 4);

/** The curve, its tangent at w and the secant through w ± h. */
export function SlopePlot({ v }: { v: SlopeValues & { fw: number } }) {
  const curve = useMemo(() => sampleFunction(slopeFunctions[v.fn].f, LO, HI), [v.fn]);
  const tangent = lineThrough(v.w, v.fw, v.exact, LO, HI);
  const secant = lineThrough(v.w - v.h, v.fMinus, v.fd, LO, HI);
  const F = v.fn === 'loss' ? 'L' : 'f';
  const description =
    `The curve ${v.fn === 'loss' ? 'L(w1), the neuron’s squared error with target 1,' : 'f(w) = w³/3 − w'} for w from −3 to 3. ` +
    `Solid line: the tangent at w = ${f4(v.w)} with slope ${f4(v.exact)}. Dashed line: the secant through w − h and w + h ` +
    `(h = ${f4(v.h)}) with slope ${f4(v.fd)}; they differ by ${f4(v.fd - v.exact)}.`;
  return (
    <>
      <Plot x={{ domain: [LO, HI] }} y={{ domain: slopeDomains[v.fn] }} height={260} title={`Tangent and secant of ${F} at w = ${f4(v.w)}`} description={description}>
        <AxisBottom label={v.fn === 'loss' ? 'w = w1' : 'w'} />
        <AxisLeft label={F} />
        <LinePath xs={curve.xs} ys={curve.ys} color="var(--series-1)" strokeWidth={2.5} />
        <LinePath xs={secant.xs} ys={secant.ys} color="var(--series-4)" dashed />
        <LinePath xs={tangent.xs} ys={tangent.ys} color="var(--series-2)" />
        <Points xs={[v.w - v.h, v.w + v.h]} ys={[v.fMinus, v.fPlus]} color="var(--series-4)" r={4} />
        <Marker x={v.w} y={v.fw} color="var(--c-w)" label={`w = ${f4(v.w)}`} />
      </Plot>
      <p className="nn-learn-note">Solid red: the tangent (exact slope). Dashed: the secant through w − h and w + h.</p>
    </>
  );
}
