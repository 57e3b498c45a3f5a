import { createRng, fillNormal } from '../../core';
import { approx, type OracleView } from '../../test/oracle';
import type { NfState } from './params';

const M = 121;
const xs = Array.from({ length: M }, (_, i) => -3 + (6 * i) / (M - 1));
const targets = {
  sine: Math.sin,
  step: (x: number) => (x < 0 ? 0 : 1),
  abs: (x: number) => Math.abs(x) / 3,
  bump: (x: number) => Math.exp(-2 * x * x),
};
const sigma = (z: number) => 1 / (1 + Math.exp(-z));
const fs = { tanh: Math.tanh, relu: (z: number) => Math.max(0, z), sigmoid: sigma };
/** f′(z), read from a = f(z) where that is the textbook form: tanh′ = 1 − a², σ′ = a(1 − a). */
const dfs = { tanh: (_z: number, a: number) => 1 - a * a, relu: (z: number) => (z > 0 ? 1 : 0), sigmoid: (_z: number, a: number) => a * (1 - a) };
const etas = { tanh: 0.1, relu: 0.05, sigmoid: 0.3 };

interface Net { w: number[]; b: number[]; v: number[]; c: number }

function mse(net: Net, f: (z: number) => number, t: (x: number) => number): number {
  let sum = 0;
  for (const x of xs) {
    let y = net.c;
    for (let j = 0; j < net.w.length; j++) y += net.v[j] * f(net.w[j] * x + net.b[j]);
    sum += (y - t(x)) ** 2;
  }
  return sum / M;
}

/**
 * One press of Train by hand: 500 steps of gradient descent on L = ½·mean (y − t)², each gradient
 * written out by the chain rule; the error after them, or nothing to read when it diverged (the
 * snippet then prints "diverged").
 */
function afterTrain(start: Net, s: NfState): number | number[] {
  const f = fs[s.act], df = dfs[s.act], t = targets[s.target], eta = etas[s.act], n = start.w.length;
  const [w, b, v] = [Float64Array.from(start.w), Float64Array.from(start.b), Float64Array.from(start.v)];
  let c = start.c;
  const [gw, gb, gv, a, d] = Array.from({ length: 5 }, () => new Float64Array(n));
  const ts = xs.map(t);
  for (let k = 0; k < 500; k++) {
    for (const g of [gw, gb, gv]) g.fill(0);
    let gc = 0;
    for (let i = 0; i < M; i++) {
      const x = xs[i];
      let y = c;
      for (let j = 0; j < n; j++) {
        const z = w[j] * x + b[j];
        a[j] = f(z);
        d[j] = df(z, a[j]);
        y += v[j] * a[j];
      }
      const r = (y - ts[i]) / M; // ∂L/∂y at this point
      gc += r;
      for (let j = 0; j < n; j++) {
        gv[j] += r * a[j];
        gb[j] += r * v[j] * d[j];
        gw[j] += r * v[j] * d[j] * x;
      }
    }
    for (let j = 0; j < n; j++) {
      w[j] -= eta * gw[j];
      b[j] -= eta * gb[j];
      v[j] -= eta * gv[j];
    }
    c -= eta * gc;
  }
  const error = mse({ w: [...w], b: [...b], v: [...v], c }, f, t);
  return Number.isFinite(error) ? error : [];
}

/**
 * The untrained figure by hand: w_j ~ N(0, 2) and v_j ~ N(0, 2/N) (He) drawn in that order from
 * the seed, bends b_j = −w_j c_j at c_j = −3 + 6(j + ½)/N, c = 0; the error over the 121 points;
 * and, for the snippet, one press of Train (500 steps of plain gradient descent) after it.
 */
export function oracle(s: NfState): OracleView {
  const n = s.n;
  const rng = createRng(s.seed);
  const w = Array.from(fillNormal(rng, new Float64Array(n), 0, Math.sqrt(2)));
  const v = Array.from(fillNormal(rng, new Float64Array(n), 0, Math.sqrt(2 / n)));
  const b = w.map((wj, j) => -wj * (-3 + (6 * (j + 0.5)) / n));
  const net: Net = { w, b, v, c: 0 };
  const error = mse(net, fs[s.act], targets[s.target]);
  const j = Math.min(s.unit, n);
  const [wj, bj, vj] = [w[j - 1], b[j - 1], v[j - 1]];
  const bend = -bj / wj;
  // t(x): the cases' 0, 0, 1, 0; |x|/3; e^{−2x²} (its −2 is written with x, so only the square is a number)
  const cases = { sine: [], step: [0, 0, 1, 0], abs: [3], bump: [2] }[s.target];
  return {
    equations: [
      // y(x) = Σ_{j=1}^{n} v_j f(w_j x + b_j) + c = Σ_{j=1}^{n} … + 0
      [1, 1, n, 0],
      // v_j f(w_j x + b_j) ≈ (v)·f(w x ± b); bend at x = −b_j / w_j ≈ bend
      [j, j, j, approx(vj, 2), approx(wj, 2), approx(bj, 2), j, j, bend],
      // MSE = 1/121 Σ_{i=1}^{121} (y(x_i) − t(x_i))² ≈ error
      [1, M, 1, M, 2, approx(error, 4)],
      cases,
    ],
    readouts: { n, 'mean squared error': approx(error, 4), steps: '0', [`bend of unit ${j}`]: bend },
    // Read only by the snippet test: 500 steps by hand are the costly part.
    get printed() {
      return { MSE: error, 'MSE after 500 more steps': afterTrain(net, s) };
    },
  };
}

/**
 * Untrained states (training runs in frames, after the check), any unit, target, f and seed, and
 * N up to 12: the snippet's 500 steps cost in proportion to N, in NumPy and here.
 */
export function sample(random: () => number, defaults: NfState): NfState {
  const pick = <T,>(options: readonly T[]) => options[Math.floor(random() * options.length)];
  return {
    ...defaults,
    n: 1 + Math.floor(random() * 12),
    target: pick(['sine', 'step', 'abs', 'bump'] as const),
    act: pick(['tanh', 'relu', 'sigmoid'] as const),
    seed: Math.floor(random() * 1_000_000),
    unit: 1 + Math.floor(random() * 50),
    steps: 0,
  };
}
