import { formatNumber, formatPercent } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { Band } from '../../components/plot/Band';
import { HistogramBars } from '../../components/plot/HistogramBars';
import { LinePath } from '../../components/plot/LinePath';
import { RuleX } from '../../components/plot/Rules';
import type { InitLab } from './initLabMath';
import { schemeLabels, type InitLabState } from './params';
import { whole } from './shownDigits';

/** The N samples as a density histogram over ±4σ, the ±kσ bands, and the density curves. */
export function InitLabPlot({ s, lab, sigmaText }: { s: InitLabState; lab: InitLab; sigmaText: string }) {
  const f = (x: number) => formatNumber(x);
  const uniform = s.dist === 'uniform';
  const drawName = uniform ? `U(${f(-lab.limit)}, ${f(lab.limit)})` : `N(0, ${sigmaText}²)`;
  const description =
    `Histogram of ${whole(s.count)} weights drawn from ${drawName} (${schemeLabels[s.scheme]}, n_in = ${s.nIn}, n_out = ${s.nOut}), ` +
    `scaled as a density, with the normal density curve over it${uniform ? ' (dashed) and the flat uniform density' : ''}. ` +
    lab.bands.map((b) => `±${b.k}σ (${f(b.lo)} … ${f(b.hi)}) holds ${formatPercent(b.measured, 2)}, expected ${formatPercent(b.expected, 2)}`).join('; ') +
    `. Sample mean ${f(lab.sampleMean)}, sample standard deviation ${f(lab.sampleStd)} against σ = ${sigmaText}.`;
  return (
    <Plot
      x={{ domain: [-4 * lab.sigma, 4 * lab.sigma] }}
      y={{ domain: [0, lab.yMax] }}
      height={260}
      title={`Histogram of ${whole(s.count)} sampled weights with the ±1σ, ±2σ, ±3σ bands`}
      description={description}
    >
      {lab.bands.map((b) => (
        <Band key={b.k} x0={b.lo} x1={b.hi} color="var(--c-w)" opacity={0.09} />
      ))}
      <AxisBottom label="weight value w" />
      <AxisLeft label="density" />
      <HistogramBars x0={lab.bins.x0} x1={lab.bins.x1} counts={lab.bins.density} color="var(--series-1)" />
      <LinePath xs={lab.normalCurve.xs} ys={lab.normalCurve.ys} color="var(--c-z)" dashed={uniform} />
      {uniform ? <LinePath xs={lab.flatCurve.xs} ys={lab.flatCurve.ys} color="var(--c-a)" /> : null}
      {lab.bands.map((b) => (
        <RuleX key={b.k} x={b.hi} label={`${b.k}σ`} />
      ))}
    </Plot>
  );
}
