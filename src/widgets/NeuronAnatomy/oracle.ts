import type { OracleView } from '../../test/oracle';
import type { AnatomyState } from './params';

/** By hand: z = w1·x1 + w2·x2 + w3·x3 + b, then a = f(z). */
export function oracle(s: AnatomyState): OracleView {
  const p1 = s.w1 * s.x1;
  const p2 = s.w2 * s.x2;
  const p3 = s.w3 * s.x3;
  const z = p1 + p2 + p3 + s.b;
  const a = s.act === 'sigmoid' ? 1 / (1 + Math.exp(-z)) : s.act === 'relu' ? Math.max(0, z) : Math.tanh(z);
  return {
    equations: [
      // Subscripts of w_1x_1 + w_2x_2 + w_3x_3 first, then the numbers substituted, then the products.
      [1, 1, 2, 2, 3, 3, s.w1, s.x1, s.w2, s.x2, s.w3, s.x3, s.b, p1, p2, p3, s.b, z],
      // a = f(z) = f(z) = f(z as a number) ≈ a
      [z, a],
    ],
    readouts: { z, a },
    printed: { z, a },
  };
}
