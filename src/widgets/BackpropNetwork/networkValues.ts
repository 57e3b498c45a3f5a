import { backpropPass, decimalsToReproduce, finiteDifferenceGradients, type DenseLayer } from '../../core';
import { read } from '../shared/shownNumbers';
import type { NetworkState, Trainable } from './params';

/** The state's parameters as layers, input side first. */
export function layersOf(s: NetworkState): DenseLayer[] {
  return [
    { W: [[s.w1_11, s.w1_12], [s.w1_21, s.w1_22]], b: [s.b1_1, s.b1_2] },
    { W: [[s.w2_1, s.w2_2]], b: [s.b2] },
  ];
}

/** Decimals of the δ's and gradients shown as results. */
export const RESULT_DIGITS = 4;

/**
 * Where each parameter's gradient sits in the pass: its layer l, unit j and input k (k = −1 for
 * the bias, whose "input" is 1).
 */
export const place: Record<Trainable, { l: number; j: number; k: number }> = {
  w2_1: { l: 1, j: 0, k: 0 }, w2_2: { l: 1, j: 0, k: 1 }, b2: { l: 1, j: 0, k: -1 },
  w1_11: { l: 0, j: 0, k: 0 }, w1_12: { l: 0, j: 0, k: 1 }, b1_1: { l: 0, j: 0, k: -1 },
  w1_21: { l: 0, j: 1, k: 0 }, w1_22: { l: 0, j: 1, k: 1 }, b1_2: { l: 0, j: 1, k: -1 },
};

/**
 * Everything the figure shows: the forward and backward pass, σ′ of every unit, the
 * finite-difference check, and how many decimals each kind of number needs so that a reader
 * redoing a step with the numbers as shown gets the number shown after it (see networkTex).
 */
export function networkValues(s: NetworkState) {
  const layers = layersOf(s);
  const x = [s.x1, s.x2];
  const pass = backpropPass(layers, x, [s.y]);
  const fd = finiteDifferenceGradients(layers, x, [s.y], s.h);
  const [a1, [a2]] = [pass.as[1], pass.as[2]];
  const [d1, [d2]] = pass.deltas;
  // σ′(z) = a(1 − a), from a as the core computed it.
  const s1 = a1.map((a) => a * (1 - a));
  const s2 = a2 * (1 - a2);
  // z⁽²⁾ (3 decimals) from a⁽¹⁾ as shown; L (4 decimals) from a⁽²⁾ as shown.
  const hiddenA = decimalsToReproduce(a1, [{ combine: ([p, q]) => s.w2_1 * p + s.w2_2 * q + s.b2, decimals: 3 }], read);
  const outputA = decimalsToReproduce([a2], [{ combine: ([p]) => 0.5 * (p - s.y) ** 2, decimals: RESULT_DIGITS }], read);
  // The factors of every product in the backward pass: [a⁽²⁾, σ′(z⁽²⁾), δ⁽²⁾, σ′(z⁽¹⁾)₁, σ′(z⁽¹⁾)₂, δ⁽¹⁾₁, δ⁽¹⁾₂, a⁽¹⁾₁, a⁽¹⁾₂].
  const r = RESULT_DIGITS;
  const factors = decimalsToReproduce([a2, s2, d2, s1[0], s1[1], d1[0], d1[1], a1[0], a1[1]], [
    { combine: ([A, S]) => (A - s.y) * S, decimals: r },
    { combine: (f) => s.w2_1 * f[2] * f[3], decimals: r },
    { combine: (f) => s.w2_2 * f[2] * f[4], decimals: r },
    { combine: (f) => f[2] * f[7], decimals: r },
    { combine: (f) => f[2] * f[8], decimals: r },
    ...[s.x1, s.x2].flatMap((xk) => [5, 6].map((i) => ({ combine: (f: readonly number[]) => f[i] * xk, decimals: r }))),
  ], read, r);
  return { pass, fd, a1, a2, d1, d2, s1, s2, digits: { hiddenA, outputA, factors } };
}

export type NetworkValues = ReturnType<typeof networkValues>;

/** A parameter's backpropagation gradient, its finite-difference estimate, its unit's δ and its input. */
export function gradientOf(v: NetworkValues & NetworkState, key: Trainable) {
  const { l, j, k } = place[key];
  const backprop = k < 0 ? v.pass.db[l][j] : v.pass.dW[l][j][k];
  const estimate = k < 0 ? v.fd.db[l][j] : v.fd.dW[l][j][k];
  const input = k < 0 ? 1 : v.pass.as[l][k];
  return { backprop, estimate, delta: v.pass.deltas[l][j], input, difference: backprop - estimate };
}
