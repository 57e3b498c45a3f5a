import { formatNumber, formatPercent } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { Band } from '../../components/plot/Band';
import { HistogramBars } from '../../components/plot/HistogramBars';
import { LinePath } from '../../components/plot/LinePath';
import { RuleX } from '../../components/plot/Rules';
import { PlotHandle } from '../../components/plot/usePlotDrag';
import { initVariance, normalPdf } from '../../core';
import type { InitLab } from './initLabMath';
import { params, schemeLabels, type InitLabState } from './params';
import { whole } from './shownDigits';

const { min: N_MIN, max: N_MAX } = params.nIn;
const sigmaOf = (s: InitLabState, nIn: number) => Math.sqrt(initVariance(s.scheme, nIn, s.nOut));

/** The n_in whose σ (for this scheme and n_out) is nearest `target`: σ falls as n_in grows. */
function nInFor(s: InitLabState, target: number): number {
  let best = s.nIn;
  let gap = Infinity;
  for (let n = N_MIN; n <= N_MAX; n++) {
    const d = Math.abs(sigmaOf(s, n) - target);
    if (d < gap) [best, gap] = [n, d];
  }
  return best;
}

/**
 * A handle at +σ on the density curve: dragging it sideways sets σ to where it is let go, through
 * n_in, the one count both schemes' σ depends on (fewer inputs, wider weights). Its arrow keys
 * halve (→, wider) or double (←, narrower) n_in, like n_in's slider.
 */
function SigmaHandle({ s, sigma, sigmaText, set }: { s: InitLabState; sigma: number; sigmaText: string; set: (patch: Partial<InitLabState>) => void }) {
  return (
    <PlotHandle
      x={sigma}
      y={normalPdf(sigma, 0, sigma)}
      label="Drag handle: the spread σ"
      value={sigma}
      min={sigmaOf(s, N_MAX)}
      max={sigmaOf(s, N_MIN)}
      valueText={`σ = ${sigmaText}, n_in = ${s.nIn}`}
      color="var(--c-w)"
      hint="Drag sideways to widen or narrow σ (through n_in); arrow keys: right halves n_in, left doubles it"
      onDrag={(p) => set({ nIn: nInFor(s, Math.abs(p.x)) })}
      onStep={(dx, dy) => {
        const wider = dx > 0 || dy > 0;
        if (dx !== 0 || dy !== 0) set({ nIn: Math.min(N_MAX, Math.max(N_MIN, wider ? Math.round(s.nIn / 2) : s.nIn * 2)) });
      }}
      // The least σ is the largest n_in.
      onEdge={(edge) => set({ nIn: edge === 'min' ? N_MAX : N_MIN })}
    />
  );
}

/** The N samples as a density histogram over ±4σ, the ±kσ bands, and the density curves. */
export function InitLabPlot({ s, lab, sigmaText, set }: { s: InitLabState; lab: InitLab; sigmaText: string; set: (patch: Partial<InitLabState>) => void }) {
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
      overlay={<SigmaHandle s={s} sigma={lab.sigma} sigmaText={sigmaText} set={set} />}
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
