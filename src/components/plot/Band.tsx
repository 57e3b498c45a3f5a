import { usePlot } from './PlotContext';
import { ok } from './data';
import { px as round } from './scales';

export interface BandProps {
  /** Data x-values of the band's edges (order does not matter), e.g. μ − kσ and μ + kσ. */
  x0: number;
  x1: number;
  color?: string;
  opacity?: number;
  className?: string;
}

/** A full-height shaded vertical band between x0 and x1, clipped to the plot area. */
export function Band({ x0, x1, color = 'var(--accent)', opacity = 0.15, className }: BandProps) {
  const { sx, innerHeight, clipId } = usePlot();
  const a = sx(x0);
  const b = sx(x1);
  if (!ok(a) || !ok(b)) return null;
  return (
    <rect
      aria-hidden="true"
      className={`nn-plot__band${className ? ` ${className}` : ''}`}
      x={round(Math.min(a, b))}
      y={0}
      width={round(Math.abs(b - a))}
      height={innerHeight}
      clipPath={`url(#${clipId})`}
      style={{ fill: color, fillOpacity: opacity }}
    />
  );
}
