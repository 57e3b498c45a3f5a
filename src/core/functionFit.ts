/**
 * One hidden layer fitting a curve: y(x) = Σ_j v_j·f(w_j x + b_j) + c on one input, trained by
 * full-batch gradient descent on ½·mean (y − t)² over points evenly spaced on [−3, 3], through the
 * core's MLP ([1, N, 1], hidden activation f, linear output). A Fit is an immutable snapshot of
 * the numbers, so a figure can keep, draw and edit one while training goes on from another.
 */
import { activations } from './activations';
import { createMlp, isFiniteMlp, type Mlp } from './mlp';
import { createRng, type Rng } from './rng';
import { createTrainer } from './train';

export type FitTarget = 'sine' | 'step' | 'abs' | 'bump';
export type FitActivation = 'tanh' | 'relu' | 'sigmoid';

export const FIT_X_MIN = -3;
export const FIT_X_MAX = 3;
/** Training points, evenly spaced on [FIT_X_MIN, FIT_X_MAX] (step 0.05). */
export const FIT_SAMPLES = 121;

/** The curves to fit, as functions of x on [−3, 3]. */
export const fitTargets: Record<FitTarget, (x: number) => number> = {
  sine: (x) => Math.sin(x),
  step: (x) => (x < 0 ? 0 : 1),
  abs: (x) => Math.abs(x) / 3,
  bump: (x) => Math.exp(-2 * x * x),
};

/** Learning rate η of full-batch gradient descent, per activation (ReLU's pieces are steeper to move). */
export const fitLearningRate: Record<FitActivation, number> = { tanh: 0.1, relu: 0.05, sigmoid: 0.3 };

export function fitXs(count = FIT_SAMPLES): Float64Array {
  const xs = new Float64Array(count);
  for (let i = 0; i < count; i++) xs[i] = FIT_X_MIN + ((FIT_X_MAX - FIT_X_MIN) * i) / (count - 1);
  return xs;
}

export interface FitSpec {
  n: number;
  act: FitActivation;
  seed: number;
}

export interface FitUnit {
  w: number;
  b: number;
  v: number;
}

/** y(x) = Σ_j v_j·f(w_j x + b_j) + c after `done` gradient-descent steps. Never mutated. */
export interface Fit {
  act: FitActivation;
  w: Float64Array;
  b: Float64Array;
  v: Float64Array;
  c: number;
  done: number;
  /** The numbers grew without bound (some are no longer finite). */
  diverged: boolean;
}

/**
 * The starting network: the core's createMlp with He weights (Var = 2/n_in, so w_j ~ N(0, 2)),
 * then each unit's bias set so its bend sits at c_j, spread evenly over [−3, 3]:
 * b_j = −w_j·c_j, c_j = −3 + 6(j + ½)/N. Random bends would often all fall outside the interval.
 */
export function fitStart({ n, act, seed }: FitSpec): Fit {
  const mlp = createMlp({ sizes: [1, n, 1], activation: act, init: 'he', seed, loss: 'mse', output: 'linear' });
  const w = mlp.weights[0].data;
  const b = new Float64Array(n);
  for (let j = 0; j < n; j++) b[j] = -w[j] * (FIT_X_MIN + ((FIT_X_MAX - FIT_X_MIN) * (j + 0.5)) / n);
  return { act, w, b, v: mlp.weights[1].data, c: 0, done: 0, diverged: false };
}

export function fitUnit(fit: Fit, j: number): FitUnit {
  return { w: fit.w[j], b: fit.b[j], v: fit.v[j] };
}

/** A copy of `fit` with unit j moved. */
export function withUnit(fit: Fit, j: number, unit: Partial<FitUnit>): Fit {
  const next = { ...fit, w: fit.w.slice(), b: fit.b.slice(), v: fit.v.slice() };
  if (unit.w !== undefined) next.w[j] = unit.w;
  if (unit.b !== undefined) next.b[j] = unit.b;
  if (unit.v !== undefined) next.v[j] = unit.v;
  next.diverged = ![...next.w, ...next.b, ...next.v].every(Number.isFinite);
  return next;
}

function toMlp(fit: Fit): Mlp {
  const n = fit.w.length;
  return {
    sizes: [1, n, 1],
    activation: fit.act,
    output: 'linear',
    loss: 'mse',
    weights: [{ rows: n, cols: 1, data: fit.w.slice() }, { rows: 1, cols: n, data: fit.v.slice() }],
    biases: [fit.b.slice(), Float64Array.of(fit.c)],
  };
}

function toFit(mlp: Mlp, done: number): Fit {
  return {
    act: mlp.activation as FitActivation,
    w: mlp.weights[0].data.slice(),
    b: mlp.biases[0].slice(),
    v: mlp.weights[1].data.slice(),
    c: mlp.biases[1][0],
    done,
    diverged: !isFiniteMlp(mlp),
  };
}

// A full batch is one step whatever the order of its rows. Keeping them in order (Fisher–Yates
// with u just below 1 swaps each row with itself) makes a step a function of the weights alone,
// so training resumed from any snapshot gives the very numbers of training in one go.
const inOrder: Rng = { ...createRng(0), uniform: () => 1 - 2 ** -32 };

/**
 * `steps` full-batch gradient-descent steps from `fit`, η = fitLearningRate of its activation,
 * yielding a snapshot every `chunk` steps; it stops early, diverged, when the numbers blow up.
 */
export function* fitTraining(fit: Fit, target: FitTarget, steps: number, chunk = 25): Generator<Fit, Fit, undefined> {
  if (fit.diverged || steps <= 0) return fit;
  const xs = fitXs();
  const X = { rows: FIT_SAMPLES, cols: 1, data: xs };
  const ts = xs.map(fitTargets[target]);
  const mlp = toMlp(fit);
  const trainer = createTrainer(mlp, FIT_SAMPLES);
  const lr = fitLearningRate[fit.act];
  let done = 0;
  for (;;) {
    const k = Math.min(chunk, steps - done);
    for (let i = 0; i < k; i++) trainer.epoch(X, ts, lr, inOrder);
    done += k;
    const snapshot = toFit(mlp, fit.done + done);
    if (done >= steps || snapshot.diverged) return snapshot;
    yield snapshot;
  }
}

/** fitTraining run to its end. */
export function trainFit(fit: Fit, target: FitTarget, steps: number): Fit {
  const run = fitTraining(fit, target, steps, Math.max(1, steps));
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
  }
}

export interface FitCurves {
  xs: Float64Array;
  target: Float64Array;
  /** contributions[j][i] = v_j·f(w_j x_i + b_j). */
  contributions: Float64Array[];
  /** sum[i] = Σ_j contributions[j][i] + c. */
  sum: Float64Array;
}

/** Everything a plot of the fit draws, on `count` points of [−3, 3]. */
export function fitCurves(fit: Fit, target: FitTarget, count = 241): FitCurves {
  const xs = fitXs(count);
  const f = activations[fit.act].f;
  const sum = new Float64Array(count).fill(fit.c);
  const contributions = Array.from(fit.w, (w, j) => {
    const piece = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      piece[i] = fit.v[j] * f(w * xs[i] + fit.b[j]);
      sum[i] += piece[i];
    }
    return piece;
  });
  return { xs, target: xs.map(fitTargets[target]), contributions, sum };
}

/** Mean squared error (1/M)·Σ (y(x_i) − t(x_i))² over the training points (no ½). */
export function fitError(fit: Fit, target: FitTarget): number {
  const { sum, target: t } = fitCurves(fit, target, FIT_SAMPLES);
  let s = 0;
  for (let i = 0; i < FIT_SAMPLES; i++) s += (sum[i] - t[i]) ** 2;
  return s / FIT_SAMPLES;
}
