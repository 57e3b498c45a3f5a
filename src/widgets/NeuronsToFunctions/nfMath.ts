/**
 * A one-hidden-layer network y(x) = Σ_j v_j·f(w_j x + b_j) + c on one input, built with the core's
 * MLP ([1, N, 1], hidden activation f, linear output, loss ½(y − t)²), and the pieces the figure
 * draws: each unit's contribution v_j·f(w_j x + b_j) and their sum.
 */
import { activations, createMlp, createRng, createTrainer, type Mlp, type Rng, type Trainer } from '../../core';

export type TargetName = 'sine' | 'step' | 'abs' | 'bump';
export type HiddenActivation = 'tanh' | 'relu' | 'sigmoid';

export const X_MIN = -3;
export const X_MAX = 3;
/** Training points, evenly spaced on [X_MIN, X_MAX]. */
export const SAMPLES = 121;

/** The curves to fit, as functions of x on [−3, 3]. */
export const targets: Record<TargetName, (x: number) => number> = {
  sine: (x) => Math.sin(x),
  step: (x) => (x < 0 ? 0 : 1),
  abs: (x) => Math.abs(x) / 3,
  bump: (x) => Math.exp(-2 * x * x),
};

export const targetTex: Record<TargetName, string> = {
  sine: '\\sin x',
  step: '\\begin{cases} 0 & x < 0 \\\\ 1 & x \\ge 0 \\end{cases}',
  abs: '|x| / 3',
  bump: 'e^{-2x^2}',
};

/** Learning rate η of full-batch gradient descent, per activation (ReLU's pieces are steeper to move). */
export const learningRate: Record<HiddenActivation, number> = { tanh: 0.1, relu: 0.05, sigmoid: 0.3 };

export function sampleXs(count = SAMPLES): Float64Array {
  const xs = new Float64Array(count);
  for (let i = 0; i < count; i++) xs[i] = X_MIN + ((X_MAX - X_MIN) * i) / (count - 1);
  return xs;
}

export interface Unit { w: number; b: number; v: number }

/**
 * The starting network: the core's createMlp with He weights (Var = 2/n_in, so w_j ~ N(0, 2)),
 * then each unit's bias set so its bend sits at c_j, spread evenly over [−3, 3]:
 * b_j = −w_j·c_j, c_j = −3 + 6(j + ½)/N. Random bends would often all fall outside the interval.
 */
export function createNetwork(n: number, act: HiddenActivation, seed: number): Mlp {
  const mlp = createMlp({ sizes: [1, n, 1], activation: act, init: 'he', seed, loss: 'mse', output: 'linear' });
  const W = mlp.weights[0].data, b = mlp.biases[0];
  for (let j = 0; j < n; j++) b[j] = -W[j] * (X_MIN + ((X_MAX - X_MIN) * (j + 0.5)) / n);
  return mlp;
}

export function getUnit(mlp: Mlp, j: number): Unit {
  return { w: mlp.weights[0].data[j], b: mlp.biases[0][j], v: mlp.weights[1].data[j] };
}

export function setUnit(mlp: Mlp, j: number, unit: Partial<Unit>): void {
  if (unit.w !== undefined) mlp.weights[0].data[j] = unit.w;
  if (unit.b !== undefined) mlp.biases[0][j] = unit.b;
  if (unit.v !== undefined) mlp.weights[1].data[j] = unit.v;
}

/** Full-batch gradient descent on the training points, resumable step by step (seeded shuffle is irrelevant for a full batch but kept deterministic). */
export interface Training {
  mlp: Mlp;
  step(count: number): void;
}

export function createTraining(mlp: Mlp, target: TargetName, lr: number, seed: number): Training {
  const xs = sampleXs();
  const ys = xs.map(targets[target]);
  const X = { rows: SAMPLES, cols: 1, data: xs };
  const trainer: Trainer = createTrainer(mlp, SAMPLES);
  const rng: Rng = createRng(seed);
  return {
    mlp,
    step(count) {
      for (let i = 0; i < count; i++) trainer.epoch(X, ys, lr, rng);
    },
  };
}

export interface Curves {
  xs: Float64Array;
  target: Float64Array;
  /** contributions[j][i] = v_j·f(w_j x_i + b_j). */
  contributions: Float64Array[];
  /** sum[i] = Σ_j contributions[j][i] + c. */
  sum: Float64Array;
  c: number;
}

/** Everything the plot draws, on `count` points of [−3, 3]. */
export function curves(mlp: Mlp, target: TargetName, count = 241): Curves {
  const xs = sampleXs(count);
  const f = activations[mlp.activation].f;
  const n = mlp.sizes[1];
  const c = mlp.biases[1][0];
  const sum = new Float64Array(count).fill(c);
  const contributions: Float64Array[] = [];
  for (let j = 0; j < n; j++) {
    const { w, b, v } = getUnit(mlp, j);
    const piece = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      piece[i] = v * f(w * xs[i] + b);
      sum[i] += piece[i];
    }
    contributions.push(piece);
  }
  return { xs, target: xs.map(targets[target]), contributions, sum, c };
}

/** Mean squared error (1/M)·Σ (y(x_i) − t(x_i))² over the training points (no ½). */
export function meanSquaredError(mlp: Mlp, target: TargetName): number {
  const { sum, target: t } = curves(mlp, target, SAMPLES);
  let s = 0;
  for (let i = 0; i < SAMPLES; i++) s += (sum[i] - t[i]) ** 2;
  return s / SAMPLES;
}
