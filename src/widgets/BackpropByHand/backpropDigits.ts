import { decimalsToReproduce } from '../../core';
import { read } from '../shared/shownNumbers';
import type { BackpropValues } from './backpropMath';

/**
 * How many decimals each kind of number needs so that every step, redone with the numbers as
 * shown, gives the number shown after it: the gradients for the update (w − η·g), the factors
 * ∂L/∂a and ∂a/∂z for their products, and a (with 1 − a) for the factors and the loss. At the
 * example: a ≈ 0.62246, ∂L/∂a ≈ −0.37754, ∂L/∂w₁ ≈ −0.1774 (three decimals each would give
 * −0.378 · 0.235 · 2 = −0.178 and b ← 0.1 + 0.5 · 0.089 = 0.1445).
 */
export interface BackpropDigits {
  a: number;
  factors: number;
  gradients: number;
  /** a rounds to 1 at three decimals: it is written 1 − ε, ε = σ(−z). */
  complement: boolean;
}

export function backpropDigits(v: BackpropValues): BackpropDigits {
  const complement = v.oneMinusA < 5e-4;
  const updates = [v.w1, v.w2, v.b].map((theta, i) => ({ combine: (g: readonly number[]) => theta - v.eta * g[i], decimals: 3 }));
  const gradients = decimalsToReproduce([v.dLdw1, v.dLdw2, v.dLdb], updates, read);
  const products = [v.x1, v.x2, 1].map((xi) => ({ combine: ([p, q]: readonly number[]) => p * q * xi, decimals: gradients }));
  const factors = decimalsToReproduce([v.dLda, v.dadz], products, read);
  // The inputs a reader reads for a and 1 − a: [a, 1 − a], or [ε, ε] in 1 − ε and ε (a − y then
  // is (1 − y) − ε, which floating point keeps where (1 − ε) − y would round ε away).
  const inputs = complement ? [v.oneMinusA, v.oneMinusA] : [v.a, v.oneMinusA];
  const aMinusY = ([p]: readonly number[]) => (complement ? 1 - v.y - p : p - v.y);
  const a = decimalsToReproduce(inputs, [
    { combine: aMinusY, decimals: factors },
    { combine: ([p, q]) => (complement ? 1 - p : p) * q, decimals: factors },
    { combine: (xs) => 0.5 * aMinusY(xs) ** 2, decimals: 4 },
  ], read);
  return { a, factors, gradients, complement };
}
