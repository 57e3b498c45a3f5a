import { usePlot } from './PlotContext';
import { ok } from './data';
import { px as round } from './scales';

export interface HistogramBarsProps {
  /** Bin edges and heights, one entry per bin (counts, or densities scaled by the caller). */
  x0: ArrayLike<number>;
  x1: ArrayLike<number>;
  counts: ArrayLike<number>;
  color?: string;
  /** Gap between bars in px (default 1). */
  gap?: number;
  className?: string;
}

/**
 * One rect per bin from the y-value 0 (or the bottom of a log axis) up to the count.
 * Bins that cannot be placed are skipped; bars are never negative in size.
 */
export function HistogramBars({ x0, x1, counts, color = 'var(--series-1)', gap = 1, className }: HistogramBarsProps) {
  const { sx, sy, innerHeight, clipId } = usePlot();
  const zero = sy(0);
  const baseline = ok(zero) ? zero : innerHeight;
  const n = Math.min(x0.length, x1.length, counts.length);
  const rects = [];
  for (let i = 0; i < n; i++) {
    const left = sx(x0[i]);
    const right = sx(x1[i]);
    const top = sy(counts[i]);
    if (!ok(left) || !ok(right) || !ok(top)) continue;
    const x = Math.min(left, right);
    const w = Math.max(0, Math.abs(right - left) - gap);
    const y = Math.min(top, baseline);
    rects.push(
      <rect key={i} x={round(x + Math.min(gap, Math.abs(right - left)) / 2)} y={round(y)} width={round(w)} height={round(Math.abs(baseline - top))} />,
    );
  }
  return (
    <g aria-hidden="true" className={`nn-plot__bars${className ? ` ${className}` : ''}`} clipPath={`url(#${clipId})`} style={{ fill: color }}>
      {rects}
    </g>
  );
}
