import { activations, createRng, matMul, matVec, matrix, sampleWeightsWith, type Matrix } from '../../core';
import type { WhySwitchState } from './params';

export type Between = 'none' | 'relu' | 'tanh';

/**
 * k seeded 2×2 weight matrices W₁…W_k, He-scaled (variance 2/2 = 1), drawn from one generator
 * and rounded to 3 decimals: the numbers the figure and the code show are the numbers it uses,
 * so multiplying the shown matrices gives the shown P.
 */
export function sampleLayers(seed: number, k: number): Matrix[] {
  const rng = createRng(seed);
  return Array.from({ length: k }, () => matrix(2, 2, sampleWeightsWith(rng, 'he', 2, 2).map((w) => Math.round(w * 1000) / 1000 || 0)));
}

/** P = W_k ⋯ W₂W₁: the one matrix that does what the whole linear stack does (P x = W_k(⋯(W₁x))). */
export function productMatrix(layers: Matrix[]): Matrix {
  let P = layers[0];
  for (let i = 1; i < layers.length; i++) P = matMul(layers[i], P);
  return P;
}

/** The stack applied layer by layer: h ← W_i h, with f between layers (not after the last). */
export function stackForward(layers: Matrix[], x: ArrayLike<number>, between: Between): Float64Array {
  let h: Float64Array = Float64Array.from(x);
  layers.forEach((W, i) => {
    h = matVec(W, h);
    if (between !== 'none' && i < layers.length - 1) h = h.map(activations[between].f);
  });
  return h;
}

/** y₁ of the stack as x₁ runs over [lo, hi] with x₂ held fixed (n points). */
export function stackCurve(layers: Matrix[], x2: number, between: Between, lo = -3, hi = 3, n = 121) {
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = lo + ((hi - lo) * i) / (n - 1);
    ys[i] = stackForward(layers, [xs[i], x2], between)[0];
  }
  return { xs, ys };
}

/** Largest change of slope between neighbouring segments: 0 for a straight line, > 0 where it bends. */
export function maxBend({ xs, ys }: { xs: Float64Array; ys: Float64Array }): number {
  let bend = 0;
  for (let i = 1; i + 1 < xs.length; i++) {
    const s0 = (ys[i] - ys[i - 1]) / (xs[i] - xs[i - 1]);
    const s1 = (ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i]);
    bend = Math.max(bend, Math.abs(s1 - s0));
  }
  return bend;
}

/** The stack, its one matrix P, the outputs with and without a switch, and the curves for the plot. */
export function whySwitchValues(s: WhySwitchState) {
  const layers = sampleLayers(s.seed, s.k);
  const P = productMatrix(layers);
  const x = [s.x1, s.x2];
  const between: Between = s.activation ? s.act : 'none';
  const bentCurve = stackCurve(layers, s.x2, s.act);
  return {
    layers, P, x, between,
    stacked: stackForward(layers, x, 'none'),
    single: matVec(P, x),
    bent: s.activation ? stackForward(layers, x, s.act) : null,
    line: stackCurve(layers, s.x2, 'none'),
    bentCurve,
    bend: maxBend(bentCurve),
  };
}

export type WhySwitchValues = WhySwitchState & ReturnType<typeof whySwitchValues>;
