/** Point data for marks: an array of {x, y}, or two parallel numeric arrays (e.g. Float64Array). */
export interface Point {
  x: number;
  y: number;
}

export interface XYProps {
  points?: readonly Point[];
  xs?: ArrayLike<number>;
  ys?: ArrayLike<number>;
}

/** Pixel positions of the data (NaN where a point cannot be placed), as two Float64Arrays. */
export function toPixels(
  { points, xs, ys }: XYProps,
  sx: (v: number) => number,
  sy: (v: number) => number,
): { px: Float64Array; py: Float64Array } {
  const n = points ? points.length : Math.min(xs?.length ?? 0, ys?.length ?? 0);
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = points?.[i];
    px[i] = sx(p ? p.x : (xs as ArrayLike<number>)[i]);
    py[i] = sy(p ? p.y : (ys as ArrayLike<number>)[i]);
  }
  return { px, py };
}

export const ok = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);
