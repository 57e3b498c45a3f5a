/**
 * A training session for a small classifier of 2-D points: the data set, the network, its trainer
 * and the decision-boundary grid, with no DOM. A worker and a main-thread loop can both drive it,
 * so both train the very same numbers for one configuration.
 */
import type { ActivationName } from './activations';
import { makeDataset, type DatasetName } from './datasets';
import { accuracy, evaluateLoss } from './evaluate';
import type { InitScheme } from './init';
import type { Matrix } from './linalg';
import { createHistory, recordLoss, type LossHistory } from './lossHistory';
import { createMlp, isFiniteMlp, type Mlp } from './mlp';
import { forwardInto } from './mlpForward';
import { createRng, fillNormal, type Rng } from './rng';
import { createTrainer, type Trainer } from './train';
import { clearOptimizerState, createOptimizerState, optimizerStep, weightSquares, type OptimizerName, type OptimizerSettings, type OptimizerState } from './optimizers';
import { parseUserPoints } from './userPoints';

export const SESSION_POINTS = 250;
export const BOUNDARY_GRID = 60;
/** The square the heat map covers: the data's [−1, 1]² plus room for noisy points. */
export const BOUNDARY_EXTENT = 1.5;
/**
 * A mean epoch loss above this means the steps are blowing up: guessing ½ for every point costs
 * ln 2 ≈ 0.693, and with cross-entropy from logits the gradients stay bounded, so a too-large
 * learning rate shows as a loss that leaps far above a coin flip (or as NaN) rather than as ∞.
 */
export const EXPLODED_LOSS = 2.5;

/** The data a session trains on: a generated set, or ('own') none but the reader's points. */
export type TrainingData = DatasetName | 'own';

/**
 * How the starting weights are drawn: all zero; N(0, σ²) with a fixed σ too small (0.01) or too
 * large (3) for these networks; or Xavier / He, scaled to each layer's fan-in and fan-out.
 */
export type StartScheme = 'zero' | 'small' | 'large' | InitScheme;
export const START_SIGMA = { small: 0.01, large: 3 } as const;

export interface TrainingConfig {
  dataset: TrainingData;
  noise: number;
  act: Exclude<ActivationName, 'linear'>;
  init: StartScheme;
  hidden: number;
  units: number;
  seed: number;
  /** The reader's own points (userPoints.ts text), added after the generated ones. */
  points?: string;
  /** The share of points held out for testing (0 to 0.5): point i is held out when u_i < share, u_i drawn from seed + 3. */
  testShare?: number;
  /** Which draw of starting weights: 0 draws them from seed + 1, each other value from its own seed (Resample). */
  draw?: number;
}

export interface TrainingSession {
  readonly key: string;
  readonly mlp: Mlp;
  /** Every point (generated, then the reader's), and which of them are held out. */
  readonly X: Matrix;
  readonly y: Float64Array;
  readonly isTest: Uint8Array;
  /** The training points and the held-out ones, as their own matrices. */
  readonly train: { X: Matrix; y: Float64Array };
  readonly test: { X: Matrix; y: Float64Array };
  readonly rng: Rng;
  epoch: number;
  diverged: boolean;
  /** A mean epoch loss above this counts as divergence: EXPLODED_LOSS, or twice a (too large) start's loss. */
  readonly explodedLoss: number;
  readonly history: LossHistory;
  /** Test loss at the epochs the training history keeps. */
  readonly testHistory: LossHistory;
  trainer: Trainer | null;
  /** The optimiser, its settings (changed in place, never reallocated) and its memory. */
  readonly settings: OptimizerSettings;
  readonly optimizer: OptimizerState;
  readonly update: (dW: Float64Array[], db: Float64Array[]) => void;
  /** Unit-major grid inputs and forward buffers for the heat map. */
  readonly gridX: Float64Array;
  readonly gridZs: Float64Array[];
  readonly gridAs: Float64Array[];
}

export interface TrainingSnapshot {
  key: string;
  epoch: number;
  /** Mean binary cross-entropy over the N training points with the current weights (NaN: no points). */
  loss: number;
  accuracy: number;
  /** The same over the held-out points (NaN when none are held out). */
  testLoss: number;
  testAccuracy: number;
  trainCount: number;
  testCount: number;
  /** Σ w² over the weights (biases excluded): the L2 penalty is λ/2 times it. */
  weightSquares: number;
  /** Steps the current optimiser has taken (its memory's age; Adam's t). */
  optimizerSteps: number;
  diverged: boolean;
  historyEpochs: number[];
  historyLosses: number[];
  testEpochs: number[];
  testLosses: number[];
  /** The current weights and biases, layer by layer (for Export). */
  layers: { W: Float64Array; rows: number; cols: number; b: Float64Array }[];
  /** Each hidden unit's output on a UNIT_GRID × UNIT_GRID grid over the square, scaled to [−1, 1] by its largest size. */
  units: Float32Array;
  /** BOUNDARY_GRID × BOUNDARY_GRID values 2σ(z) − 1 ∈ [−1, 1], row 0 at the bottom (x₂ = −BOUNDARY_EXTENT). */
  grid: Float32Array;
}

/** Layer widths: 2 inputs, `hidden` layers of `units`, one output logit. */
export function classifierSizes(hidden: number, units: number): number[] {
  return [2, ...Array.from({ length: hidden }, () => units), 1];
}

export function trainingConfigKey(c: TrainingConfig): string {
  return [c.dataset, c.noise, c.act, c.init, c.hidden, c.units, c.seed, c.points ?? '', c.testShare ?? 0, c.draw ?? 0].join('|');
}

/** The seed of the starting weights: seed + 1 for the first draw, then one per Resample. */
export function weightSeed(seed: number, draw = 0): number {
  return draw === 0 ? seed + 1 : seed + 1 + 1_000_003 * draw;
}

/** Thumbnails of the hidden units: every third cell of the heat map's grid. */
export const UNIT_GRID = BOUNDARY_GRID / 3;

/** Grid cell centre coordinate for index i of BOUNDARY_GRID along one axis. */
export function boundaryCoord(i: number): number {
  return -BOUNDARY_EXTENT + ((i + 0.5) * 2 * BOUNDARY_EXTENT) / BOUNDARY_GRID;
}

/** In place: each value rounded to whole 1/unit (the nearest double to the decimal k / unit). */
function toThousandths(values: Float64Array, unit = 1000): void {
  for (let i = 0; i < values.length; i++) values[i] = Math.round(values[i] * unit) / unit || 0;
}

/**
 * The grid the starting weights are kept on: thousandths, but millionths for the too-small start
 * (σ = 0.01 in thousandths would leave a handful of values and many exact ties at z = 0).
 */
export const weightUnit = (init: StartScheme): number => (init === 'small' ? 1e6 : 1e3);

/**
 * The points and the untrained network of a configuration: data from seed, weights from seed + 1.
 * Both are kept to three decimals, so code can write them exactly as whole thousandths (k / 1000
 * is the same double in any language); 0.0005 is far below the points' spacing and the weights'
 * spread (σ ≥ 0.35 for these sizes), so neither the data nor the start changes in any visible way.
 */
export function trainingStart(c: TrainingConfig): { X: Matrix; y: Float64Array; mlp: Mlp; isTest: Uint8Array } {
  const generated = c.dataset === 'own' ? null : makeDataset(c.dataset, SESSION_POINTS, c.noise, c.seed);
  const own = parseUserPoints(c.points ?? '');
  const nGen = generated ? SESSION_POINTS : 0;
  const n = nGen + own.length;
  const data = new Float64Array(2 * n), y = new Float64Array(n);
  if (generated) {
    data.set(generated.X.data);
    y.set(generated.y);
  }
  own.forEach((p, i) => {
    data[2 * (nGen + i)] = p.x1;
    data[2 * (nGen + i) + 1] = p.x2;
    y[nGen + i] = p.label;
  });
  toThousandths(data);
  const share = Math.max(0, Math.min(0.5, c.testShare ?? 0));
  const split = createRng(c.seed + 3);
  const isTest = new Uint8Array(n);
  for (let i = 0; i < n; i++) isTest[i] = split.uniform() < share ? 1 : 0;

  const sizes = classifierSizes(c.hidden, c.units);
  const seed = weightSeed(c.seed, c.draw ?? 0);
  const scheme = c.init === 'he' || c.init === 'xavier' ? c.init : 'xavier';
  const mlp = createMlp({ sizes, activation: c.act, init: scheme, seed });
  if (c.init === 'zero') for (const W of mlp.weights) W.data.fill(0);
  else if (c.init === 'small' || c.init === 'large') {
    const rng = createRng(seed);
    for (const W of mlp.weights) fillNormal(rng, W.data, 0, START_SIGMA[c.init]);
  }
  for (const W of mlp.weights) toThousandths(W.data, weightUnit(c.init));
  return { X: { rows: n, cols: 2, data }, y, mlp, isTest };
}

/** The rows of (X, y) whose flag is `flag`, as their own matrix and labels. */
function pick(X: Matrix, y: Float64Array, isTest: Uint8Array, flag: number): { X: Matrix; y: Float64Array } {
  let n = 0;
  for (let i = 0; i < y.length; i++) if (isTest[i] === flag) n++;
  const data = new Float64Array(2 * n), labels = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < y.length; i++) {
    if (isTest[i] !== flag) continue;
    data[2 * k] = X.data[2 * i];
    data[2 * k + 1] = X.data[2 * i + 1];
    labels[k++] = y[i];
  }
  return { X: { rows: n, cols: 2, data }, y: labels };
}

/** A fresh session from the starting point; batches are shuffled from seed + 2. */
export function createTrainingSession(c: TrainingConfig): TrainingSession {
  const { X, y, mlp, isTest } = trainingStart(c);
  const train = pick(X, y, isTest, 0), test = pick(X, y, isTest, 1);
  const startLoss = train.X.rows > 0 ? evaluateLoss(mlp, train.X, train.y) : 0;
  const settings: OptimizerSettings = { name: 'sgd', lr: 0.03, l2: 0 };
  const optimizer = createOptimizerState(mlp);
  const B = BOUNDARY_GRID * BOUNDARY_GRID;
  const gridX = new Float64Array(2 * B);
  for (let r = 0; r < BOUNDARY_GRID; r++) {
    for (let col = 0; col < BOUNDARY_GRID; col++) {
      gridX[r * BOUNDARY_GRID + col] = boundaryCoord(col);
      gridX[B + r * BOUNDARY_GRID + col] = boundaryCoord(r);
    }
  }
  const sizes = mlp.sizes;
  return {
    key: trainingConfigKey(c),
    mlp,
    X,
    y,
    isTest,
    train,
    test,
    rng: createRng(c.seed + 2),
    epoch: 0,
    diverged: false,
    explodedLoss: Math.max(EXPLODED_LOSS, 2 * startLoss),
    history: createHistory(),
    testHistory: createHistory(),
    trainer: null,
    settings,
    optimizer,
    update: (dW, db) => optimizerStep(mlp, dW, db, settings, optimizer),
    gridX,
    gridZs: sizes.slice(1).map((s) => new Float64Array(B * s)),
    gridAs: [gridX, ...sizes.slice(1).map((s) => new Float64Array(B * s))],
  };
}

/**
 * The optimiser and L2 strength for the next steps. A change of optimiser starts its memory
 * from rest (a velocity or moments built by another rule would mean nothing to this one).
 */
export function setSessionOptimizer(s: TrainingSession, name: OptimizerName, l2: number): void {
  if (s.settings.name !== name) clearOptimizerState(s.optimizer);
  s.settings.name = name;
  s.settings.l2 = Number.isFinite(l2) && l2 > 0 ? l2 : 0;
}

/** Whether recordLoss will keep this epoch (so the test loss is computed only then). */
const recorded = (h: LossHistory, epoch: number) => epoch % (h.epochs.length >= h.capacity ? 2 * h.stride : h.stride) === 0;

/**
 * Trains up to `maxEpochs` epochs of mini-batch descent with the session's optimiser, or until
 * `deadline` (a clock reading from `now`) passes; stops early on divergence, and does nothing
 * without training points. Returns the number of epochs run.
 */
export function trainSession(
  s: TrainingSession, lr: number, batch: number, maxEpochs: number, deadline = Infinity, now: () => number = () => 0,
): number {
  const n = s.train.X.rows;
  if (s.diverged || n === 0) return 0;
  const b = Math.max(1, Math.min(n, Math.round(batch) || 1));
  if (!s.trainer || s.trainer.capacity !== b) s.trainer = createTrainer(s.mlp, b);
  s.settings.lr = lr;
  // Plain descent without a penalty keeps the trainer's own step (the fastest path).
  const update = s.settings.name === 'sgd' && s.settings.l2 === 0 ? undefined : s.update;
  const testing = s.test.X.rows > 0;
  let done = 0;
  while (done < maxEpochs) {
    const loss = s.trainer.epoch(s.train.X, s.train.y, lr, s.rng, update);
    s.epoch++;
    done++;
    if (!Number.isFinite(loss) || loss > s.explodedLoss || !isFiniteMlp(s.mlp)) {
      s.diverged = true;
      return done;
    }
    if (testing && recorded(s.history, s.epoch)) recordLoss(s.testHistory, s.epoch, evaluateLoss(s.mlp, s.test.X, s.test.y));
    recordLoss(s.history, s.epoch, loss);
    if ((done & 3) === 0 && now() >= deadline) break;
  }
  return done;
}

/** The decision function on the grid: 2σ(z) − 1 = tanh(z / 2) for each cell. */
export function boundaryGrid(s: TrainingSession, out = new Float32Array(BOUNDARY_GRID * BOUNDARY_GRID)): Float32Array {
  forwardInto(s.mlp, s.gridX, BOUNDARY_GRID * BOUNDARY_GRID, s.gridZs, s.gridAs);
  const z = s.gridZs[s.gridZs.length - 1];
  for (let i = 0; i < out.length; i++) out[i] = Math.tanh(z[i] / 2);
  return out;
}

/** Each hidden unit's output on every third grid cell, from the heat map's last forward pass. */
function unitThumbnails(s: TrainingSession): Float32Array {
  const sizes = s.mlp.sizes;
  const B = BOUNDARY_GRID * BOUNDARY_GRID, T = UNIT_GRID;
  let hidden = 0;
  for (let l = 1; l + 1 < sizes.length; l++) hidden += sizes[l];
  const out = new Float32Array(hidden * T * T);
  let u = 0;
  for (let l = 1; l + 1 < sizes.length; l++) {
    const a = s.gridAs[l];
    for (let j = 0; j < sizes[l]; j++, u++) {
      let largest = 0;
      for (let r = 0; r < T; r++) for (let c = 0; c < T; c++) largest = Math.max(largest, Math.abs(a[j * B + (3 * r + 1) * BOUNDARY_GRID + 3 * c + 1]));
      const scale = largest > 0 ? 1 / largest : 0;
      for (let r = 0; r < T; r++) for (let c = 0; c < T; c++) out[u * T * T + r * T + c] = a[j * B + (3 * r + 1) * BOUNDARY_GRID + 3 * c + 1] * scale;
    }
  }
  return out;
}

export function sessionSnapshot(s: TrainingSession): TrainingSnapshot {
  const { train, test } = s;
  const has = train.X.rows > 0;
  const loss = s.diverged || !has ? NaN : evaluateLoss(s.mlp, train.X, train.y);
  if (has && (!Number.isFinite(loss) || loss > s.explodedLoss)) s.diverged = true;
  const ok = !s.diverged;
  const testing = ok && test.X.rows > 0;
  const grid = ok ? boundaryGrid(s) : new Float32Array(BOUNDARY_GRID * BOUNDARY_GRID).fill(NaN);
  return {
    key: s.key,
    epoch: s.epoch,
    loss: ok ? loss : NaN,
    accuracy: ok && has ? accuracy(s.mlp, train.X, train.y) : NaN,
    testLoss: testing ? evaluateLoss(s.mlp, test.X, test.y) : NaN,
    testAccuracy: testing ? accuracy(s.mlp, test.X, test.y) : NaN,
    trainCount: train.X.rows,
    testCount: test.X.rows,
    weightSquares: ok ? weightSquares(s.mlp) : NaN,
    optimizerSteps: s.optimizer.t,
    diverged: s.diverged,
    historyEpochs: s.history.epochs.slice(),
    historyLosses: s.history.losses.slice(),
    testEpochs: s.testHistory.epochs.slice(),
    testLosses: s.testHistory.losses.slice(),
    layers: s.mlp.weights.map((W, l) => ({ W: W.data.slice(), rows: W.rows, cols: W.cols, b: s.mlp.biases[l].slice() })),
    units: ok ? unitThumbnails(s) : new Float32Array(0),
    grid,
  };
}
