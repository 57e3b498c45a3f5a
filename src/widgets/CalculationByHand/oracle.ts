import type { OracleView } from '../../test/oracle';
import type { CalculationState } from './params';

/** By hand: z = w1·x1 + w2·x2 + b, then a = f(z); class 1 when a is above f(0). */
export function oracle(s: CalculationState): OracleView {
  const p1 = s.w1 * s.x1;
  const p2 = s.w2 * s.x2;
  const z = p1 + p2 + s.b;
  const a = s.act === 'sigmoid' ? 1 / (1 + Math.exp(-z)) : s.act === 'relu' ? Math.max(0, z) : Math.tanh(z);
  const threshold = s.act === 'sigmoid' ? 0.5 : 0;
  // The exponent of e^{−z} as written: −0.5, or −(−0.3), whose sign the reader sees last.
  const minusZ = Math.abs(z) < 5e-4 ? 0 : -Math.abs(z);
  const activation =
    s.act === 'sigmoid' ? [z, 1, 1, minusZ, a] : s.act === 'relu' ? [z, 0, z, a] : [z, a];
  return {
    equations: [
      // z = w_1 x_1 + w_2 x_2 + b: subscripts first, then the numbers substituted, then the products.
      [1, 1, 2, 2, s.w1, s.x1, s.w2, s.x2, s.b, p1, p2, s.b, z],
      activation,
    ],
    readouts: { z, a, class: a > threshold ? '1' : '0' },
    printed: { z, a },
  };
}
