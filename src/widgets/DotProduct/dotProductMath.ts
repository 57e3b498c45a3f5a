import { dot } from '../../core';
import type { DotProductState } from './params';

export type Triple = [number, number, number];

/** The widget's numbers: products wᵢxᵢ, wᵀx through the core's dot, and z = wᵀx + b. */
export function dotProductValues(s: DotProductState) {
  const x: Triple = [s.x1, s.x2, s.x3];
  const w: Triple = [s.w1, s.w2, s.w3];
  const products = w.map((wi, i) => wi * x[i]) as Triple;
  const wx = dot(w, x);
  return { x, w, b: s.b, products, wx, z: wx + s.b };
}

export type DotProductValues = ReturnType<typeof dotProductValues>;

/** A symmetric y-range that fits every bar: the first of 2, 5, 10, 20, 40 at least as large as |v|. */
export function barDomain(values: readonly number[]): [number, number] {
  let m = 0;
  for (const v of values) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  const limit = [2, 5, 10, 20, 40].find((l) => l >= m * 1.15) ?? 40;
  return [-limit, limit];
}
