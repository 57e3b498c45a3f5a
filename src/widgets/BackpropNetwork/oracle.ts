import { approx, type OracleView } from '../../test/oracle';
import { sampleState } from '../../test/sampleState';
import { params, type NetworkState } from './params';

const sigma = (z: number) => 1 / (1 + Math.exp(-z));

/** The 2-2-1 network worked by hand: plain formulas, one unit at a time. */
function byHand(s: NetworkState, over: Partial<NetworkState> = {}) {
  const p = { ...s, ...over };
  const z11 = p.w1_11 * p.x1 + p.w1_12 * p.x2 + p.b1_1;
  const z12 = p.w1_21 * p.x1 + p.w1_22 * p.x2 + p.b1_2;
  const a11 = sigma(z11), a12 = sigma(z12);
  const z2 = p.w2_1 * a11 + p.w2_2 * a12 + p.b2;
  const a2 = sigma(z2);
  const L = 0.5 * (a2 - p.y) ** 2;
  return { z11, z12, a11, a12, z2, a2, L };
}

const keys = ['w2_1', 'w2_2', 'b2', 'w1_11', 'w1_12', 'b1_1', 'w1_21', 'w1_22', 'b1_2'] as const;

/** Central differences of the hand-worked loss, in the snippet's order: W2, b2, W1 row by row, b1. */
const snippetOrder = ['w2_1', 'w2_2', 'b2', 'w1_11', 'w1_12', 'w1_21', 'w1_22', 'b1_1', 'b1_2'] as const;
function finiteDifferences(s: NetworkState): number[] {
  return snippetOrder.map((k) => (byHand(s, { [k]: s[k] + s.h }).L - byHand(s, { [k]: s[k] - s.h }).L) / (2 * s.h));
}

/**
 * Random states whose finite differences are not within 10⁻¹¹ of a rounding boundary of the
 * snippet's 8 decimals (NumPy's exp and the browser's may differ in the last bit, and there a last
 * bit would flip the 8th decimal); h from 10⁻⁵ up, where the difference quotient keeps its digits.
 */
export function sample(random: () => number): NetworkState {
  for (;;) {
    const s = sampleState(params, random);
    if (s.h < 1e-5) continue;
    const nearBoundary = finiteDifferences(s).some((g) => Math.abs(Math.abs((g * 1e8) % 1) - 0.5) < 1e-3);
    if (!nearBoundary) return s;
  }
}

/**
 * The chain rule worked unit by unit: δ⁽²⁾ = (a⁽²⁾ − y) a⁽²⁾(1 − a⁽²⁾); δ¹ⱼ = w²ⱼ δ⁽²⁾ a¹ⱼ(1 − a¹ⱼ);
 * ∂L/∂w = δ of the receiving unit × the weight's input; ∂L/∂b = δ.
 */
export function oracle(s: NetworkState): OracleView {
  const { z11, z12, a11, a12, z2, a2, L } = byHand(s);
  const s2 = a2 * (1 - a2), s11 = a11 * (1 - a11), s12 = a12 * (1 - a12);
  const d2 = (a2 - s.y) * s2;
  const d11 = s.w2_1 * d2 * s11, d12 = s.w2_2 * d2 * s12;
  const r = (x: number) => approx(x, 4);
  const forward = [
    1, 1, 1, s.w1_11, s.w1_12, s.w1_21, s.w1_22, s.x1, s.x2, s.b1_1, s.b1_2, z11, z12,
    1, 1, a11, a12,
    2, 2, 1, 2, s.w2_1, s.w2_2, a11, a12, s.b2, z2,
    2, 2, a2,
    1, 2, 2, 2, 1, 2, a2, -s.y, 2, r(L),
  ];
  const outputDelta = [2, 2, 2, a2, -s.y, s2, r(d2)];
  const hiddenDelta = [1, 2, 2, 1, s.w2_1, s.w2_2, d2, s11, s12, r(d11), r(d12)];
  const g2 = [d2 * a11, d2 * a12];
  const g1 = [d11 * s.x1, d11 * s.x2, d12 * s.x1, d12 * s.x2];
  const weightGradients = [2, 2, 1, d2, a11, a12, ...g2.map(r), 1, 1, d11, d12, s.x1, s.x2, ...g1.map(r)];
  const biasGradients = [2, 2, r(d2), 1, 1, r(d11), r(d12)];
  // One step on every parameter, then the forward pass again.
  const grads: Record<(typeof keys)[number], number> = {
    w2_1: g2[0], w2_2: g2[1], b2: d2, w1_11: g1[0], w1_12: g1[1], b1_1: d11, w1_21: g1[2], w1_22: g1[3], b1_2: d12,
  };
  const after = byHand(s, Object.fromEntries(keys.map((k) => [k, s[k] - s.eta * grads[k]])));
  return {
    equations: [forward, outputDelta, hiddenDelta, weightGradients, biasGradients],
    readouts: { 'a⁽²⁾': r(a2), L: r(L) },
    printed: {
      z1: [z11, z12], a1: [a11, a12], z2, a2, L,
      delta2: d2, delta1: [d11, d12],
      'dL/dW2': g2, 'dL/dW1': g1, 'dL/db2': d2, 'dL/db1': [d11, d12],
      'finite differences': finiteDifferences(s),
      'a2 after': after.a2, 'L after': after.L,
    },
  };
}
