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
import { createRng, type Rng } from './rng';
import { createTrainer, type Trainer } from './train';

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

export interface TrainingConfig {
  dataset: DatasetName;
  noise: number;
  act: Exclude<ActivationName, 'linear'>;
  init: InitScheme;
  hidden: number;
  units: number;
  seed: number;
}

export interface TrainingSession {
  readonly key: string;
  readonly mlp: Mlp;
  readonly X: Matrix;
  readonly y: Float64Array;
  readonly rng: Rng;
  epoch: number;
  diverged: boolean;
  readonly history: LossHistory;
  trainer: Trainer | null;
  /** Unit-major grid inputs and forward buffers for the heat map. */
  readonly gridX: Float64Array;
  readonly gridZs: Float64Array[];
  readonly gridAs: Float64Array[];
}

export interface TrainingSnapshot {
  key: string;
  epoch: number;
  /** Mean binary cross-entropy over all N points with the current weights. */
  loss: number;
  accuracy: number;
  diverged: boolean;
  historyEpochs: number[];
  historyLosses: number[];
  /** BOUNDARY_GRID × BOUNDARY_GRID values 2σ(z) − 1 ∈ [−1, 1], row 0 at the bottom (x₂ = −BOUNDARY_EXTENT). */
  grid: Float32Array;
}

/** Layer widths: 2 inputs, `hidden` layers of `units`, one output logit. */
export function classifierSizes(hidden: number, units: number): number[] {
  return [2, ...Array.from({ length: hidden }, () => units), 1];
}

export function trainingConfigKey(c: TrainingConfig): string {
  return [c.dataset, c.noise, c.act, c.init, c.hidden, c.units, c.seed].join('|');
}

/** Grid cell centre coordinate for index i of BOUNDARY_GRID along one axis. */
export function boundaryCoord(i: number): number {
  return -BOUNDARY_EXTENT + ((i + 0.5) * 2 * BOUNDARY_EXTENT) / BOUNDARY_GRID;
}

/** In place: each value rounded to thousandths (the nearest double to the decimal k / 1000). */
function toThousandths(values: Float64Array): void {
  for (let i = 0; i < values.length; i++) values[i] = Math.round(values[i] * 1000) / 1000 || 0;
}

/**
 * The points and the untrained network of a configuration: data from seed, weights from seed + 1.
 * Both are kept to three decimals, so code can write them exactly as whole thousandths (k / 1000
 * is the same double in any language); 0.0005 is far below the points' spacing and the weights'
 * spread (σ ≥ 0.35 for these sizes), so neither the data nor the start changes in any visible way.
 */
export function trainingStart(c: TrainingConfig): { X: Matrix; y: Float64Array; mlp: Mlp } {
  const { X, y } = makeDataset(c.dataset, SESSION_POINTS, c.noise, c.seed);
  toThousandths(X.data);
  const mlp = createMlp({ sizes: classifierSizes(c.hidden, c.units), activation: c.act, init: c.init, seed: c.seed + 1 });
  for (const W of mlp.weights) toThousandths(W.data);
  return { X, y, mlp };
}

/** A fresh session from the starting point; batches are shuffled from seed + 2. */
export function createTrainingSession(c: TrainingConfig): TrainingSession {
  const { X, y, mlp } = trainingStart(c);
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
    rng: createRng(c.seed + 2),
    epoch: 0,
    diverged: false,
    history: createHistory(),
    trainer: null,
    gridX,
    gridZs: sizes.slice(1).map((s) => new Float64Array(B * s)),
    gridAs: [gridX, ...sizes.slice(1).map((s) => new Float64Array(B * s))],
  };
}

/**
 * Trains up to `maxEpochs` epochs of mini-batch SGD, or until `deadline` (a clock reading from
 * `now`) passes; stops early on divergence. Returns the number of epochs run.
 */
export function trainSession(
  s: TrainingSession, lr: number, batch: number, maxEpochs: number, deadline = Infinity, now: () => number = () => 0,
): number {
  if (s.diverged) return 0;
  const b = Math.max(1, Math.min(SESSION_POINTS, Math.round(batch) || 1));
  if (!s.trainer || s.trainer.capacity !== b) s.trainer = createTrainer(s.mlp, b);
  let done = 0;
  while (done < maxEpochs) {
    const loss = s.trainer.epoch(s.X, s.y, lr, s.rng);
    s.epoch++;
    done++;
    if (!Number.isFinite(loss) || loss > EXPLODED_LOSS || !isFiniteMlp(s.mlp)) {
      s.diverged = true;
      return done;
    }
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

export function sessionSnapshot(s: TrainingSession): TrainingSnapshot {
  const loss = s.diverged ? NaN : evaluateLoss(s.mlp, s.X, s.y);
  const exploded = !Number.isFinite(loss) || loss > EXPLODED_LOSS;
  if (exploded) s.diverged = true;
  return {
    key: s.key,
    epoch: s.epoch,
    loss: s.diverged ? NaN : loss,
    accuracy: s.diverged ? NaN : accuracy(s.mlp, s.X, s.y),
    diverged: s.diverged,
    historyEpochs: s.history.epochs.slice(),
    historyLosses: s.history.losses.slice(),
    grid: s.diverged ? new Float32Array(BOUNDARY_GRID * BOUNDARY_GRID).fill(NaN) : boundaryGrid(s),
  };
}
