import { useMemo } from 'react';
import { curveLinear, curveMonotoneX, curveStepAfter, line } from 'd3-shape';
import { usePlot } from './PlotContext';
import { ok, toPixels } from './data';
import type { XYProps } from './data';

export const CURVES = { linear: curveLinear, monotone: curveMonotoneX, step: curveStepAfter } as const;

export interface LinePathProps extends XYProps {
  /** CSS colour (default var(--series-1)). */
  color?: string;
  strokeWidth?: number;
  dashed?: boolean;
  curve?: keyof typeof CURVES;
  className?: string;
}

/** A polyline through the points; non-finite points leave a gap instead of breaking the path. */
export function LinePath({ points, xs, ys, color = 'var(--series-1)', strokeWidth = 2, dashed = false, curve = 'linear', className }: LinePathProps) {
  const { sx, sy, clipId } = usePlot();
  const d = useMemo(() => {
    const { px, py } = toPixels({ points, xs, ys }, sx, sy);
    const path = line<number>()
      .defined((i) => ok(px[i]) && ok(py[i]))
      .x((i) => px[i])
      .y((i) => py[i])
      .curve(CURVES[curve])
      .digits(2);
    return path(Array.from(px.keys())) ?? '';
  }, [points, xs, ys, sx, sy, curve]);
  if (!d) return null;
  return (
    <path
      aria-hidden="true"
      className={`nn-plot__line${className ? ` ${className}` : ''}`}
      d={d}
      clipPath={`url(#${clipId})`}
      style={{ stroke: color, strokeWidth, fill: 'none', strokeDasharray: dashed ? '6 4' : undefined }}
    />
  );
}
