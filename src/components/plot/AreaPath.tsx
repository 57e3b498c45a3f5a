import { useMemo } from 'react';
import { area } from 'd3-shape';
import { usePlot } from './PlotContext';
import { ok, toPixels } from './data';
import type { XYProps } from './data';
import { CURVES } from './LinePath';

export interface AreaPathProps extends XYProps {
  /** Lower edge: a constant or one value per point (default: the bottom of the plot). */
  base?: number | ArrayLike<number>;
  color?: string;
  opacity?: number;
  curve?: keyof typeof CURVES;
  className?: string;
}

/** A filled area between the points and `base`; gaps where either edge is not finite. */
export function AreaPath({ points, xs, ys, base, color = 'var(--series-1)', opacity = 0.25, curve = 'linear', className }: AreaPathProps) {
  const { sx, sy, innerHeight, clipId } = usePlot();
  const d = useMemo(() => {
    const { px, py } = toPixels({ points, xs, ys }, sx, sy);
    const p0 = (i: number) => (base === undefined ? innerHeight : sy(typeof base === 'number' ? base : base[i]));
    const shape = area<number>()
      .defined((i) => ok(px[i]) && ok(py[i]) && ok(p0(i)))
      .x((i) => px[i])
      .y0(p0)
      .y1((i) => py[i])
      .curve(CURVES[curve])
      .digits(2);
    return shape(Array.from(px.keys())) ?? '';
  }, [points, xs, ys, base, sx, sy, innerHeight, curve]);
  if (!d) return null;
  return (
    <path
      aria-hidden="true"
      className={`nn-plot__area${className ? ` ${className}` : ''}`}
      d={d}
      clipPath={`url(#${clipId})`}
      style={{ fill: color, fillOpacity: opacity, stroke: 'none' }}
    />
  );
}
