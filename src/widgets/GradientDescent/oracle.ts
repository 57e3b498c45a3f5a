import { approx, type OracleView } from '../../test/oracle';
import { sampleState } from '../../test/sampleState';
import { params, type DescentState } from './params';

/** Random states, one in four run far down the valley (500 steps: weights near 10⁻²³ and below). */
export function sample(random: () => number): DescentState {
  const s = sampleState(params, random);
  return random() < 0.25 ? { ...s, eta: random() < 0.5 ? 0.1 : 0.39, steps: 500 } : s;
}

/** The surface's curvature along w1 (along w2 it is 5 on both). */
const curvature = (s: DescentState) => (s.surface === 'valley' ? 0.05 : 1);

/**
 * By hand: each step multiplies w1 by 1 − η and w2 by 1 − 5η (the gradient of ½(w1² + 5w2²) is
 * (w1, 5w2)); a run stops at the first step whose loss passes 1000, keeping it while finite.
 */
export function oracle(s: DescentState): OracleView {
  const p = curvature(s);
  const loss = (w1: number, w2: number) => 0.5 * (p * w1 * w1 + 5 * w2 * w2);
  // One step of the chosen rule by hand, on both weights: gradient (p·w1, 5·w2); momentum's v and
  // Adam's m, s as the core keeps them (v ← 0.9v + g; m ← 0.9m + 0.1g, s ← 0.999s + 0.001g²).
  const step = (w: number[], v: number[], m2: number[], t: number) => {
    const g = [p * w[0], 5 * w[1]];
    if (s.opt === 'sgd') return { w: [w[0] - s.eta * g[0], w[1] - s.eta * g[1]], v, m2 };
    if (s.opt === 'momentum') {
      const nv = [0.9 * v[0] + g[0], 0.9 * v[1] + g[1]];
      return { w: [w[0] - s.eta * nv[0], w[1] - s.eta * nv[1]], v: nv, m2 };
    }
    const nm = [0.9 * v[0] + (1 - 0.9) * g[0], 0.9 * v[1] + (1 - 0.9) * g[1]];
    const ns = [0.999 * m2[0] + (1 - 0.999) * g[0] ** 2, 0.999 * m2[1] + (1 - 0.999) * g[1] ** 2];
    const c1 = 1 - 0.9 ** t, c2 = 1 - 0.999 ** t;
    const move = (i: number) => (s.eta * (nm[i] / c1)) / (Math.sqrt(ns[i] / c2) + 1e-8);
    return { w: [w[0] - move(0), w[1] - move(1)], v: nm, m2: ns };
  };
  let state = { w: [s.w1s, s.w2s], v: [0, 0], m2: [0, 0] };
  let taken = 0;
  let diverged = false;
  for (let k = 0; k < s.steps && !diverged; k++) {
    const nextState = step(state.w, state.v, state.m2, k + 1);
    const L = loss(nextState.w[0], nextState.w[1]);
    if (Number.isFinite(L)) [state, taken] = [nextState, taken + 1];
    diverged = !Number.isFinite(L) || L > 1000;
  }
  const [w1, w2] = state.w;
  const L = loss(w1, w2);
  const after = step(state.w, state.v, state.m2, taken + 1);
  const [n1, n2] = [w1 - s.eta * p * w1, w2 - 5 * s.eta * w2];
  const lossEq = p === 1 ? [1, 2, 1, 2, 5, 2, 2, 1, 2, w1, 2, 5, w2, 2, L] : [1, 2, p, 1, 2, 5, 2, 2, 1, 2, p, w1, 2, 5, w2, 2, L];
  const updateEq =
    s.opt === 'momentum'
      ? // v ← βv + ∇L = 0.9·(v) + (g) ≈ (v'); w ← w − ηv = (w) − η·(v') ≈ (w')
        [0.9, ...state.v, p * w1, 5 * w2, ...after.v, w1, w2, approx(-s.eta, 4), ...after.v, ...after.w]
      : s.opt === 'adam'
        ? // m ← 0.9m + 0.1∇L ≈ (m'); s ← 0.999s + 0.001(∇L)² ≈ (s'); w ← w − η (m/(1 − 0.9^t))/(√(s/(1 − 0.999^t)) + ε) ≈ (w')
          [0.9, 0.1, ...after.v, 0.999, 0.001, 2, ...after.m2, approx(-s.eta, 4), 1, -0.9, taken + 1, 1, -0.999, taken + 1, ...after.w]
        : p === 1
          ? // w_1 ← w_1 − η ∂L/∂w_1 = w_1 − η w_1 = (w1) − η·(w1) ≈ n1, and w_2 with 5η
            [1, 1, 1, 1, 1, w1, -s.eta, w1, n1, 2, 2, 2, 2, -5, 2, w2, -5, s.eta, w2, n2]
          : [1, 1, 1, 1, -p, 1, w1, -p, s.eta, w1, n1, 2, 2, 2, 2, -5, 2, w2, -5, s.eta, w2, n2];
  const conditionEq = s.opt === 'adam' ? [s.eta] : s.opt === 'momentum' ? [s.eta, 2, 1, 0.9, 5, 0.76] : [s.eta, 2, 5, 0.4];
  return {
    equations: [lossEq, updateEq, conditionEq],
    readouts: {
      step: String(taken),
      L: diverged ? 'diverged' : L,
      w1: diverged ? 'diverged' : w1,
      w2: diverged ? 'diverged' : w2,
    },
    printed: { w: [w1, w2], L },
  };
}
