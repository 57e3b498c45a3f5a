import { createRng, dot, fillNormal, fillUniform, sampleWeightsWith } from '../../core';
import type { WeightScale } from './params';

export interface ThousandValues {
  n: number;
  x: Float64Array;
  w: Float64Array;
  /** wᵢxᵢ, one per input. */
  products: Float64Array;
  /** wᵀx through the core's dot. */
  wx: number;
  z: number;
}

/**
 * n inputs xᵢ ~ U[0, 1) (think of pixel brightnesses) and n weights from one seeded generator:
 * N(0, 1), or Xavier N(0, 2/(n + 1)) / He N(0, 2/n) for a single neuron (n_in = n, n_out = 1).
 * Inputs are kept in hundredths and weights in thousandths, so the numbers the equation writes
 * are the numbers multiplied: its products (five decimals) are exact, and so is z before its
 * rounding. (Rounding a weight of sd ≥ 0.014 to 0.001 adds a variance of 1/12·10⁻⁶, under 0.05 %.)
 */
export function thousandValues(n: number, scale: WeightScale, b: number, seed: number): ThousandValues {
  const rng = createRng(seed);
  const x = fillUniform(rng, new Float64Array(n), 0, 1);
  const w = scale === 'unit' ? fillNormal(rng, new Float64Array(n), 0, 1) : sampleWeightsWith(rng, scale, n, 1);
  for (let i = 0; i < n; i++) {
    x[i] = Math.floor(100 * x[i]) / 100;
    // + 0 turns −0 (a weight rounded from −0.0004) into 0.
    w[i] = Math.round(1000 * w[i]) / 1000 + 0;
  }
  const products = new Float64Array(n);
  for (let i = 0; i < n; i++) products[i] = w[i] * x[i];
  const wx = dot(w, x);
  return { n, x, w, products, wx, z: wx + b };
}

/** Indices of the terms written out in the equation: all of them up to 3, else 1, 2 … n. */
export function shownTerms(n: number): { indices: number[]; gap: boolean } {
  if (n <= 3) return { indices: Array.from({ length: n }, (_, i) => i), gap: false };
  return { indices: [0, 1, n - 1], gap: true };
}

/**
 * Average time of one dot product of w and x, in ms: repeats it until `budgetMs` has passed (timer
 * resolution in browsers is coarse, 5–100 µs, so one call alone would read 0).
 */
export function timeDot(w: Float64Array, x: Float64Array, now: () => number, budgetMs = 2, maxReps = 200_000): { ms: number; reps: number; sink: number } {
  let reps = 0;
  let sink = 0;
  // Warm-up, untimed: the first calls run before the JIT has compiled dot.
  for (let i = 0; i < 20; i++) sink += dot(w, x);
  sink = 0;
  const t0 = now();
  let t = t0;
  do {
    sink += dot(w, x);
    reps++;
    if ((reps & 7) === 0 || reps < 8) t = now();
  } while (t - t0 < budgetMs && reps < maxReps);
  t = now();
  return { ms: (t - t0) / reps, reps, sink };
}

/** A short duration for the reader: "0.0021 ms", "0.35 ms", "1.2 ms" (two significant digits). */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms === 0) return 'less than 0.001 ms';
  const digits = Math.max(0, Math.min(8, 1 - Math.floor(Math.log10(ms))));
  return `${Number(ms.toFixed(digits)).toString()} ms`;
}
