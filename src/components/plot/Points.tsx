import { usePlot } from './PlotContext';
import { ok, toPixels } from './data';
import type { XYProps } from './data';
import { px as round } from './scales';

export interface PointsProps extends XYProps {
  r?: number;
  /** CSS colour for all points (default var(--series-1)); ignored where classOf gives a class. */
  color?: string;
  /** Per-point class, e.g. i => labels[i] ? 'nn-point--pos' : 'nn-point--neg'. */
  classOf?: (i: number) => string | undefined;
  className?: string;
}

/** Circles at the points; points that cannot be placed are skipped. */
export function Points({ points, xs, ys, r = 3.5, color = 'var(--series-1)', classOf, className }: PointsProps) {
  const { sx, sy, clipId } = usePlot();
  const { px, py } = toPixels({ points, xs, ys }, sx, sy);
  const circles = [];
  for (let i = 0; i < px.length; i++) {
    if (!ok(px[i]) || !ok(py[i])) continue;
    const cls = classOf?.(i);
    circles.push(
      <circle
        key={i}
        cx={round(px[i])}
        cy={round(py[i])}
        r={r}
        className={cls}
        style={cls ? undefined : { fill: color }}
      />,
    );
  }
  return (
    <g aria-hidden="true" className={`nn-plot__points${className ? ` ${className}` : ''}`} clipPath={`url(#${clipId})`}>
      {circles}
    </g>
  );
}
