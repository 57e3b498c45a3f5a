import { memo } from 'react';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { HistogramBars } from '../../components/plot/HistogramBars';
import { LinePath } from '../../components/plot/LinePath';
import type { LayerHistogram } from './deepInitMath';

interface SmallMultiplesProps {
  /** 'activations' or 'gradients': names the panels. */
  what: string;
  symbol: string;
  edges: number[];
  hists: LayerHistogram[];
  variances: number[];
  color: string;
}

/** One mini histogram per layer, all on the same x-range; heights are scaled per panel. */
export const SmallMultiples = memo(function SmallMultiples({ what, symbol, edges, hists, variances, color }: SmallMultiplesProps) {
  const lo = edges[0], hi = edges[edges.length - 1];
  const x0 = edges.slice(0, -1), x1 = edges.slice(1);
  return (
    <section className="nn-deep-multiples" aria-label={`Histograms of the ${what}, one per layer`}>
      <h4 className="nn-deep-multiples__title">
        {what[0].toUpperCase() + what.slice(1)} {symbol} per layer, all on the range {formatNumber(lo)} to {formatNumber(hi)}
      </h4>
      <ol className="nn-deep-multiples__grid">
        {hists.map((h, i) => {
          const top = Math.max(...h.shares, 1e-9);
          const label = `layer ${i + 1}, variance ${formatNumber(variances[i])}`;
          return (
            <li key={i} className="nn-deep-multiples__cell">
              <span className="nn-deep-multiples__label">{label}</span>
              <Plot
                width={160}
                height={74}
                margin={{ top: 4, right: 6, bottom: 18, left: 6 }}
                x={{ domain: [lo, hi] }}
                y={{ domain: [0, top] }}
                title={`${what}, ${label}`}
                description={`Histogram of the ${what} of layer ${i + 1} on ${formatNumber(lo)} to ${formatNumber(hi)}; their variance is ${formatNumber(variances[i])}.`}
              >
                <AxisBottom ticks={3} grid={false} />
                <HistogramBars x0={x0} x1={x1} counts={h.shares} color={color} gap={0} />
              </Plot>
            </li>
          );
        })}
      </ol>
    </section>
  );
});

interface VariancePlotProps {
  actVar: number[];
  gradVar: number[];
  description: string;
}

/** Variance per layer on a log axis: activations solid, gradients dashed. */
export const VariancePlot = memo(function VariancePlot({ actVar, gradVar, description }: VariancePlotProps) {
  const layers = actVar.map((_, i) => i + 1);
  const finite = [...actVar, ...gradVar].filter((v) => Number.isFinite(v) && v > 0);
  let lo = finite.length ? Math.min(...finite) : 0.1;
  let hi = finite.length ? Math.max(...finite) : 10;
  // Always show at least 10⁻² … 10² so a steady line looks flat and not zoomed-in noise.
  lo = Math.min(lo / 2, 1e-2);
  hi = Math.max(hi * 2, 1e2);
  const L = layers.length;
  return (
    <div className="nn-deep-variance">
      <Plot
        x={{ domain: [1, Math.max(2, L)] }}
        y={{ domain: [lo, hi], type: 'log' }}
        height={260}
        margin={{ left: 64 }}
        title="Variance per layer (log scale)"
        description={description}
      >
        <AxisBottom label="layer" ticks={Math.min(L, 10)} />
        <AxisLeft label="variance" />
        <LinePath xs={layers} ys={actVar} color="var(--c-a)" strokeWidth={2.5} />
        <LinePath xs={layers} ys={gradVar} color="var(--c-w)" strokeWidth={2} dashed />
      </Plot>
      <p className="nn-deep-legend" aria-hidden="true">
        <span className="nn-deep-legend__a">━ activations Var(a)</span>
        <span className="nn-deep-legend__g">╍ gradients Var(∂L/∂a)</span>
      </p>
    </div>
  );
});
