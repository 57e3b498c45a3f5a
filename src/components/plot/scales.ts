/**
 * Scales for the plot kit. Marks never call d3 directly: they use sx/sy, which map a data value
 * to a pixel in the plot area and return NaN when the value cannot be placed (non-finite, or
 * ≤ 0 on a log scale). Marks must test with Number.isFinite before writing an attribute.
 * Pixels far outside the area are clamped to ±10 plot sizes so paths stay sane (and clipped).
 */
import { scaleBand, scaleLinear, scaleLog } from 'd3-scale';
import type { ScaleBand, ScaleLinear, ScaleLogarithmic } from 'd3-scale';

export type AxisType = 'linear' | 'log' | 'band';

export interface AxisSpec {
  /** [min, max] for linear/log (log: both > 0); the category list for band. */
  domain: readonly [number, number] | readonly number[] | readonly string[];
  type?: AxisType;
  /** Extend the domain to round numbers (linear/log only; default false). */
  nice?: boolean;
  /** Band padding, 0…1 (default 0.1). */
  padding?: number;
}

export type PlotScale =
  | ScaleLinear<number, number>
  | ScaleLogarithmic<number, number>
  | ScaleBand<string>;

export function makeScale(spec: AxisSpec, range: [number, number]): PlotScale {
  const type = spec.type ?? 'linear';
  if (type === 'band') {
    return scaleBand<string>()
      .domain(spec.domain.map(String))
      .range(range)
      .padding(spec.padding ?? 0.1);
  }
  const nums = spec.domain.map(Number).filter((d) => Number.isFinite(d) && (type !== 'log' || d > 0));
  const fallback: [number, number] = type === 'log' ? [1, 10] : [0, 1];
  let lo = nums.length ? Math.min(...nums) : fallback[0];
  let hi = nums.length ? Math.max(...nums) : fallback[1];
  if (lo === hi) {
    // a degenerate domain would divide by zero; widen it symmetrically
    [lo, hi] = type === 'log' ? [lo / 2, hi * 2] : [lo - 1, hi + 1];
  }
  const scale = type === 'log' ? scaleLog().domain([lo, hi]) : scaleLinear().domain([lo, hi]);
  scale.range(range);
  if (spec.nice) scale.nice();
  return scale;
}

export function isBand(scale: PlotScale): scale is ScaleBand<string> {
  return 'bandwidth' in scale;
}

/** A pixel-mapping function for a scale: finite pixel, or NaN if the value cannot be placed. */
export function pixelMapper(scale: PlotScale, size: number): (v: number | string) => number {
  const limit = Math.max(1, size) * 10;
  if (isBand(scale)) {
    return (v) => {
      const p = scale(String(v));
      return p === undefined ? NaN : p + scale.bandwidth() / 2;
    };
  }
  return (v) => {
    const n = typeof v === 'number' ? v : Number(v);
    if (!Number.isFinite(n)) return NaN;
    const p = scale(n);
    if (!Number.isFinite(p)) return NaN;
    return Math.max(-limit, Math.min(size + limit, p));
  };
}

/** Round a pixel for markup (2 decimals keeps the SVG small and snapshot-stable). */
export function px(v: number): number {
  return Math.round(v * 100) / 100;
}
