import { usePlot } from './PlotContext';
import { ok } from './data';
import { px as round } from './scales';

export interface MarkerProps {
  x: number;
  y: number;
  label?: string;
  color?: string;
  r?: number;
  className?: string;
}

/**
 * A highlighted point with an optional label. The label sits to the right, or to the left when
 * the point is in the right third of the plot, so it stays inside the frame.
 */
export function Marker({ x, y, label, color = 'var(--accent)', r = 5, className }: MarkerProps) {
  const { sx, sy, innerWidth, innerHeight } = usePlot();
  const cx = sx(x);
  const cy = sy(y);
  if (!ok(cx) || !ok(cy) || cx < -r || cx > innerWidth + r || cy < -r || cy > innerHeight + r) return null;
  const flip = cx > (innerWidth * 2) / 3;
  const labelY = cy < 14 ? cy + 14 : cy - 8;
  return (
    <g aria-hidden="true" className={`nn-plot__marker${className ? ` ${className}` : ''}`}>
      <circle cx={round(cx)} cy={round(cy)} r={r} style={{ fill: color, stroke: 'var(--bg)', strokeWidth: 2 }} />
      {label ? (
        <text
          x={round(flip ? cx - r - 3 : cx + r + 3)}
          y={round(labelY)}
          textAnchor={flip ? 'end' : 'start'}
          className="nn-plot__marker-label"
          style={{ fill: color }}
        >
          {label}
        </text>
      ) : null}
    </g>
  );
}
