import { approx, type OracleView } from '../../test/oracle';
import { sampleState } from '../../test/sampleState';
import { params, type BackpropState } from './params';

/** Random states, one in four saturated (|z| ≈ 50: a is 1.0 or 10⁻²² in floating point, L tiny). */
export function sample(random: () => number): BackpropState {
  const s = sampleState(params, random);
  if (random() > 0.25) return s;
  const w = random() < 0.5 ? -5 : 5;
  return { ...s, x1: 5, x2: 5, w1: w, w2: w, y: [0, 0.5, 1][Math.floor(random() * 3)] };
}

/**
 * By hand, with 1 − a = 1/(1 + e^z) kept as its own number (a saturated sigmoid has no digits
 * left for 1 − a): z = w·x + b, ∂L/∂a = a − y, ∂a/∂z = a(1 − a), ∂L/∂θ = ∂L/∂a·∂a/∂z·∂z/∂θ,
 * θ ← θ − η ∂L/∂θ.
 */
export function oracle(s: BackpropState): OracleView {
  const z = s.w1 * s.x1 + s.w2 * s.x2 + s.b;
  const a = 1 / (1 + Math.exp(-z));
  const oneMinusA = 1 / (1 + Math.exp(z));
  const dLda = s.y >= 0.5 ? 1 - s.y - oneMinusA : a - s.y;
  const L = 0.5 * dLda * dLda;
  const dadz = a * oneMinusA;
  const [g1, g2, gb] = [s.x1, s.x2, 1].map((xi) => dLda * dadz * xi);
  // a is written 1 − ε once it rounds to 1 at three decimals.
  const A = oneMinusA < 5e-4 ? [1, -oneMinusA] : [a];
  const forward = [1, 1, 2, 2, s.w1, s.x1, s.w2, s.x2, s.b, z, z, ...A, 1, 2, 2, 1, 2, ...A, -s.y, 2, approx(L, 4)];
  const backward = [
    ...[...A, -s.y, dLda],
    ...[1, ...A, oneMinusA, dadz],
    ...[1, 1, s.x1, 2, 2, s.x2, 1],
    ...[1, 1, dLda, dadz, s.x1, g1],
    ...[2, dLda, dadz, s.x2, g2],
    ...[dLda, dadz, 1, gb],
  ];
  const [w1, w2, b] = [s.w1 - s.eta * g1, s.w2 - s.eta * g2, s.b - s.eta * gb];
  const update = [1, s.w1, -s.eta, g1, w1, 2, s.w2, -s.eta, g2, w2, s.b, -s.eta, gb, b];
  return {
    equations: [forward, backward, update],
    readouts: { z, a, L: approx(L, 4), w1: s.w1, w2: s.w2, b: s.b, '∂L/∂a': dLda, '∂a/∂z': dadz, '∂L/∂w1': g1, '∂L/∂w2': g2, '∂L/∂b': gb },
    printed: { z, a, L, 'dL/da': dLda, 'da/dz': dadz, 'dL/dw': [g1, g2], 'dL/db': gb, 'w after': [w1, w2], 'b after': b },
  };
}
