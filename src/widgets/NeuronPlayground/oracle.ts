import type { OracleView } from '../../test/oracle';
import type { PlaygroundState } from './params';

/** By hand: z = w·x + b, a = f(z); z is 0 where x = −b/w (nowhere when w = 0). */
export function oracle(s: PlaygroundState): OracleView {
  const z = s.w * s.x + s.b;
  const a = s.act === 'sigmoid' ? 1 / (1 + Math.exp(-z)) : s.act === 'relu' ? Math.max(0, z) : Math.tanh(z);
  const crossing = s.w === 0 ? null : -s.b / s.w;
  return {
    equations: [
      // z = w·x + b = (w)·(x) + (b) = wx + b ≈ z
      [s.w, s.x, s.b, s.w * s.x, s.b, z],
      // a = f(z) = f(w·x + b) = f(z) ≈ a
      [z, a],
    ],
    readouts: { z, a, 'z = 0 at x': crossing === null ? 'never' : crossing },
    printed: crossing === null ? { z, a } : { z, a, 'crossing x': crossing },
  };
}
