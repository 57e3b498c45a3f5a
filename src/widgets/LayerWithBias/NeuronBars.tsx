import { usePlot } from '../../components/plot/PlotContext';
import { px } from '../../components/plot/scales';

export interface NeuronBarsProps {
  labels: readonly string[];
  /** Wx per neuron (the weighted sum before the bias). */
  wx: ArrayLike<number>;
  /** Wx + b per neuron. */
  z: ArrayLike<number>;
  rowColors: readonly string[];
}

const ok = (v: number) => Number.isFinite(v);

/**
 * One row per neuron: a bar from 0 to its weighted sum (weight colour), then a bias arrow from
 * there to z (bias colour), and a dot at z in the neuron's row colour.
 */
export function NeuronBars({ labels, wx, z, rowColors }: NeuronBarsProps) {
  const { sx, sy, y, clipId } = usePlot();
  const band = 'bandwidth' in y ? y.bandwidth() : 20;
  return (
    <g aria-hidden="true" clipPath={`url(#${clipId})`}>
      {labels.map((label, i) => {
        const cy = sy(label);
        const x0 = sx(0);
        const x1 = sx(wx[i]);
        const x2 = sx(z[i]);
        if (![cy, x0, x1, x2].every(ok)) return null;
        const h = band * 0.45;
        return (
          <g key={label}>
            <rect x={px(Math.min(x0, x1))} y={px(cy - h / 2)} width={px(Math.abs(x1 - x0))} height={px(h)} style={{ fill: 'var(--c-w)', fillOpacity: 0.35 }} />
            <line x1={px(x1)} x2={px(x2)} y1={px(cy)} y2={px(cy)} style={{ stroke: 'var(--c-b)', strokeWidth: 4 }} />
            <circle cx={px(x2)} cy={px(cy)} r={6} style={{ fill: rowColors[i % rowColors.length], stroke: 'var(--bg)', strokeWidth: 2 }} />
          </g>
        );
      })}
    </g>
  );
}
