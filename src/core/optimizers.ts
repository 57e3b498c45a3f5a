/**
 * Update rules for gradient descent, as PyTorch writes them (so the "In code" snippets match):
 *   Gradient descent:  w ← w − η g
 *   Momentum (β):      v ← β v + g,  w ← w − η v                      (torch.optim.SGD, momentum=β)
 *   Adam (β₁, β₂, ε):  m ← β₁ m + (1 − β₁) g,  s ← β₂ s + (1 − β₂) g²,
 *                      m̂ = m / (1 − β₁ᵗ),  ŝ = s / (1 − β₂ᵗ),  w ← w − η m̂ / (√ŝ + ε)   (torch.optim.Adam)
 * with an L2 penalty (λ/2) Σ w² on the weights (not the biases) adding λ w to their gradient.
 * The state lives in typed arrays allocated once per network, so a step allocates nothing.
 */
import type { Mlp } from './mlp';

export type OptimizerName = 'sgd' | 'momentum' | 'adam';

export const MOMENTUM_BETA = 0.9;
export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const ADAM_EPSILON = 1e-8;

export interface OptimizerSettings {
  name: OptimizerName;
  lr: number;
  /** λ of the penalty (λ/2) Σ w² (0: none). */
  l2: number;
}

/**
 * One step of the rule on a flat parameter vector p with gradient g (both length n, from offset 0):
 * `m` and `s` are the rule's memories (velocity, or Adam's first and second moments), `t` the
 * step number counted from 1 (Adam's bias correction), `l2` the penalty's λ for these parameters.
 */
export function updateVector(
  p: Float64Array, g: Float64Array, m: Float64Array, s: Float64Array, t: number, name: OptimizerName, lr: number, l2: number,
): void {
  const n = p.length;
  if (name === 'sgd') {
    for (let i = 0; i < n; i++) p[i] -= lr * (g[i] + l2 * p[i]);
  } else if (name === 'momentum') {
    for (let i = 0; i < n; i++) {
      const v = MOMENTUM_BETA * m[i] + g[i] + l2 * p[i];
      m[i] = v;
      p[i] -= lr * v;
    }
  } else {
    const c1 = 1 - ADAM_BETA1 ** t, c2 = 1 - ADAM_BETA2 ** t;
    for (let i = 0; i < n; i++) {
      const gi = g[i] + l2 * p[i];
      const mi = ADAM_BETA1 * m[i] + (1 - ADAM_BETA1) * gi;
      const si = ADAM_BETA2 * s[i] + (1 - ADAM_BETA2) * gi * gi;
      m[i] = mi;
      s[i] = si;
      p[i] -= (lr * (mi / c1)) / (Math.sqrt(si / c2) + ADAM_EPSILON);
    }
  }
}

/** An optimiser's memory for one network: one pair of arrays per weight matrix and bias vector. */
export interface OptimizerState {
  /** Steps taken since the memory was last cleared. */
  t: number;
  mW: Float64Array[];
  sW: Float64Array[];
  mb: Float64Array[];
  sb: Float64Array[];
}

export function createOptimizerState(mlp: Mlp): OptimizerState {
  return {
    t: 0,
    mW: mlp.weights.map((W) => new Float64Array(W.data.length)),
    sW: mlp.weights.map((W) => new Float64Array(W.data.length)),
    mb: mlp.biases.map((b) => new Float64Array(b.length)),
    sb: mlp.biases.map((b) => new Float64Array(b.length)),
  };
}

/** Forgets the velocity and moments (a new optimiser starts from rest). */
export function clearOptimizerState(state: OptimizerState): void {
  state.t = 0;
  for (const a of [...state.mW, ...state.sW, ...state.mb, ...state.sb]) a.fill(0);
}

/** One step on every layer: weights with the L2 term, biases without. */
export function optimizerStep(mlp: Mlp, dW: readonly Float64Array[], db: readonly Float64Array[], settings: OptimizerSettings, state: OptimizerState): void {
  state.t++;
  const { name, lr, l2 } = settings;
  for (let l = 0; l < mlp.weights.length; l++) {
    updateVector(mlp.weights[l].data, dW[l], state.mW[l], state.sW[l], state.t, name, lr, l2);
    updateVector(mlp.biases[l], db[l], state.mb[l], state.sb[l], state.t, name, lr, 0);
  }
}

/** Σ w² over every weight (biases excluded): the L2 penalty is λ/2 times this. */
export function weightSquares(mlp: Mlp): number {
  let sum = 0;
  for (const W of mlp.weights) for (let i = 0; i < W.data.length; i++) sum += W.data[i] * W.data[i];
  return sum;
}

/** The penalty (λ/2) Σ w². */
export function l2Penalty(mlp: Mlp, l2: number): number {
  return l2 === 0 ? 0 : 0.5 * l2 * weightSquares(mlp);
}
