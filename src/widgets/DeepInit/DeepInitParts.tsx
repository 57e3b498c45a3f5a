import { memo } from 'react';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import type { LayerHistogram } from './deepInitMath';
import { axisMiddle, powerOfTen, significant as f } from './shownNumbers';

interface SmallMultiplesProps {
  /** 'activations' or 'gradients': names the panels. */
  what: string;
  symbol: string;
  edges: number[];
  hists: LayerHistogram[];
  variances: number[];
  color: string;
}

const W = 160, H = 56, AXIS = 14;

/**
 * A bare histogram for the small multiples: one path of bars, no scales or tick machinery, so
 * 40 panels redraw in a few milliseconds. Heights are scaled to the panel's tallest bar.
 */
function MiniHistogram({ shares, title, description, color, ticks }: { shares: number[]; title: string; description: string; color: string; ticks: string[] }) {
  const top = Math.max(...shares, 1e-12);
  const bw = W / shares.length;
  let d = '';
  for (let i = 0; i < shares.length; i++) {
    const h = Math.round((shares[i] / top) * (H - 2) * 10) / 10;
    if (h > 0) d += `M${Math.round(i * bw * 10) / 10} ${H}h${Math.round(bw * 10) / 10}v${-h}h${-Math.round(bw * 10) / 10}z`;
  }
  return (
    <svg className="nn-deep-mini" viewBox={`0 0 ${W} ${H + AXIS}`} role="img" aria-label={title}>
      <desc>{description}</desc>
      <path d={d} style={{ fill: color }} />
      <line x1={0} x2={W} y1={H + 0.5} y2={H + 0.5} className="nn-deep-mini__axis" />
      <text x={1} y={H + AXIS - 2} className="nn-deep-mini__tick">{ticks[0]}</text>
      <text x={W / 2} y={H + AXIS - 2} textAnchor="middle" className="nn-deep-mini__tick">{ticks[1]}</text>
      <text x={W - 1} y={H + AXIS - 2} textAnchor="end" className="nn-deep-mini__tick">{ticks[2]}</text>
    </svg>
  );
}

/** One mini histogram per layer, all on the same x-range; heights are scaled per panel. */
export const SmallMultiples = memo(function SmallMultiples({ what, symbol, edges, hists, variances, color }: SmallMultiplesProps) {
  const lo = edges[0], hi = edges[edges.length - 1];
  const ticks = [f(lo), f(axisMiddle(lo, hi)), f(hi)];
  return (
    <section className="nn-deep-multiples" aria-label={`Histograms of the ${what}, one per layer`}>
      <h4 className="nn-deep-multiples__title">
        {what[0].toUpperCase() + what.slice(1)} {symbol} per layer, all on the range {f(lo)} to {f(hi)}
      </h4>
      <ol className="nn-deep-multiples__grid">
        {hists.map((h, i) => {
          const label = `layer ${i + 1}, variance ${f(variances[i])}`;
          return (
            <li key={i} className="nn-deep-multiples__cell">
              <span className="nn-deep-multiples__label">{label}</span>
              <MiniHistogram
                shares={h.shares}
                color={color}
                ticks={ticks}
                title={`Histogram of the ${what}, ${label}`}
                description={`Histogram of the ${what} of layer ${i + 1} on ${f(lo)} to ${f(hi)}; their variance is ${f(variances[i])}.`}
              />
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
        <AxisLeft label="variance" tickFormat={powerOfTen} />
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
