import type { OracleView } from '../../test/oracle';
import { sampleState } from '../../test/sampleState';
import { params, type DescentState } from './params';

/** Random states, one in four run far down the valley (500 steps: weights near 10⁻²³ and below). */
export function sample(random: () => number): DescentState {
  const s = sampleState(params, random);
  return random() < 0.25 ? { ...s, eta: random() < 0.5 ? 0.1 : 0.39, steps: 500 } : s;
}

/**
 * By hand: each step multiplies w1 by 1 − η and w2 by 1 − 5η (the gradient of ½(w1² + 5w2²) is
 * (w1, 5w2)); a run stops at the first step whose loss passes 1000, keeping it while finite.
 */
export function oracle(s: DescentState): OracleView {
  const loss = (w1: number, w2: number) => 0.5 * (w1 * w1 + 5 * w2 * w2);
  let [w1, w2] = [s.w1s, s.w2s];
  let taken = 0;
  let diverged = false;
  for (let k = 0; k < s.steps && !diverged; k++) {
    const [n1, n2] = [w1 * (1 - s.eta), w2 * (1 - 5 * s.eta)];
    const L = loss(n1, n2);
    if (Number.isFinite(L)) [w1, w2, taken] = [n1, n2, taken + 1];
    diverged = !Number.isFinite(L) || L > 1000;
  }
  const L = loss(w1, w2);
  const [n1, n2] = [w1 - s.eta * w1, w2 - 5 * s.eta * w2];
  return {
    equations: [
      // L = ½(w_1² + 5 w_2²) = ½((w1)² + 5·(w2)²) ≈ L
      [1, 2, 1, 2, 5, 2, 2, 1, 2, w1, 2, 5, w2, 2, L],
      // w_1 ← w_1 − η ∂L/∂w_1 = w_1 − η w_1 = (w1) − η·(w1) ≈ n1, and w_2 with 5η
      [1, 1, 1, 1, 1, w1, -s.eta, w1, n1, 2, 2, 2, 2, -5, 2, w2, -5, s.eta, w2, n2],
      [s.eta, 2, 5, 0.4],
    ],
    readouts: {
      step: String(taken),
      L: diverged ? 'diverged' : L,
      w1: diverged ? 'diverged' : w1,
      w2: diverged ? 'diverged' : w2,
    },
    printed: { w: [w1, w2], L },
  };
}
