import { createRng, fillNormal } from '../../core';
import { approx, type OracleView } from '../../test/oracle';
import type { DeepInitState } from './params';

function variance(v: Float64Array): number {
  let sum = 0;
  for (const x of v) sum += x;
  const m = sum / v.length;
  let squares = 0;
  for (const x of v) squares += (x - m) ** 2;
  return squares / v.length;
}

/**
 * The stack by plain loops, in the core's draw order (inputs X₀, then W₁ … W_L, then the top
 * gradient G_L, all from one seeded stream): A_l = f(A_{l−1} W_lᵀ), G_{l−1} = (G_l ⊙ f′) W_l.
 */
function deepPass(s: DeepInitState, std: number) {
  const { width: n, batch: B, layers: L } = s;
  const rng = createRng(s.seed);
  let a = fillNormal(rng, new Float64Array(B * n));
  const weights: Float64Array[] = [];
  const acts: Float64Array[] = [];
  for (let l = 0; l < L; l++) {
    const W = fillNormal(rng, new Float64Array(n * n), 0, std);
    const next = new Float64Array(B * n);
    for (let b = 0; b < B; b++) {
      for (let i = 0; i < n; i++) {
        let z = 0;
        for (let j = 0; j < n; j++) z += a[b * n + j] * W[i * n + j];
        next[b * n + i] = s.act === 'tanh' ? Math.tanh(z) : Math.max(0, z);
      }
    }
    weights.push(W);
    acts.push(next);
    a = next;
  }
  const grads: Float64Array[] = new Array(L);
  grads[L - 1] = fillNormal(rng, new Float64Array(B * n));
  for (let l = L - 1; l > 0; l--) {
    const g = new Float64Array(B * n);
    for (let b = 0; b < B; b++) {
      for (let i = 0; i < n; i++) {
        const out = acts[l][b * n + i];
        // f′ read off the output: tanh′ = 1 − a², ReLU′ = [a > 0].
        const delta = grads[l][b * n + i] * (s.act === 'tanh' ? 1 - out * out : out > 0 ? 1 : 0);
        for (let j = 0; j < n; j++) g[b * n + j] += delta * weights[l][i * n + j];
      }
    }
    grads[l - 1] = g;
  }
  let saturated = 0;
  if (s.act === 'tanh') for (const x of acts[L - 1]) if (Math.abs(x) > 0.99) saturated++;
  return { actVar: acts.map(variance), gradVar: grads.map(variance), saturated: saturated / (B * n) };
}

/** Shown with three significant digits: 0.394, 19.6, 1.34 (the scientific form checks its own digits). */
const sig3 = (x: number) => approx(x, Math.max(0, 2 - Math.floor(Math.log10(Math.abs(x)))));

/** The rule the figure names the trend by: last over first variance, or tanh pinned at ±1. */
function trend(ratio: number, saturated: number): string {
  if (saturated > 0.5) return 'saturating';
  if (ratio < 0.01) return 'vanishing';
  if (ratio > 100) return 'exploding';
  return ratio < 0.5 ? 'shrinking' : ratio > 2 ? 'growing' : 'steady';
}

/** By hand: Var(w) of each scheme, the gain n_in·Var(w) (·½ for ReLU), and the stack's variances. */
export function oracle(s: DeepInitState): OracleView {
  const varW = { small: 0.01 ** 2, large: 1, xavier: 2 / (s.width + s.width), he: 2 / s.width }[s.init];
  const gain = s.width * varW * (s.act === 'relu' ? 0.5 : 1);
  const { actVar, gradVar, saturated } = deepPass(s, Math.sqrt(varW));
  const L = s.layers;
  const [first, last] = [actVar[0], actVar[L - 1]];
  const half = s.act === 'relu' ? [1, 2] : [];
  return {
    equations: [
      // gain per layer = n_in Var(w) (· ½) = 100 · 0.01 (· ½) ≈ 1.
      [...half, s.width, varW, ...half, gain],
      // Var(a⁽ᴷ⁾) / Var(a⁽¹⁾) = last / first ≈ ratio: the layer indices K and 1 first.
      [L, 1, sig3(last), sig3(first), sig3(last / first)],
    ],
    readouts: {
      'Var(w)': approx(varW, 4),
      'gain per layer': gain,
      'Var(a) layer 1': sig3(first),
      'Var(a) last layer': sig3(last),
      signal: trend(last / first, saturated),
      gradients: trend(gradVar[0] / gradVar[L - 1], 0),
    },
    printed: { 'Var(w)': varW, 'gain per layer': gain },
  };
}

/** Small stacks (width and batch up to 64) with any depth, init and activation: a few ms each. */
export function sample(random: () => number, defaults: DeepInitState): DeepInitState {
  const pick = <T,>(options: readonly T[]) => options[Math.floor(random() * options.length)];
  return {
    ...defaults,
    layers: 1 + Math.floor(random() * 20),
    width: 16 + Math.floor(random() * 49),
    batch: pick([16, 32, 48, 64]),
    init: pick(['small', 'large', 'xavier', 'he'] as const),
    act: pick(['tanh', 'relu'] as const),
    seed: Math.floor(random() * 1_000_000),
  };
}
