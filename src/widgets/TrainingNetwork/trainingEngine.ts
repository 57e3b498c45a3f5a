/**
 * The training session behind the "Training a network" figure, with no DOM: the data set, the
 * network, its trainer and the decision-boundary grid. The worker and the main-thread fallback
 * both drive it, so both train the very same numbers for one state.
 */
import { createMlp, createRng, createTrainer, evaluateLoss, accuracy, forwardInto, isFiniteMlp, makeDataset } from '../../core';
import type { ActivationName, DatasetName, InitScheme, Matrix, Mlp, Rng, Trainer } from '../../core';
import { createHistory, recordLoss, type LossHistory } from './lossHistory';

export const N_POINTS = 250;
export const GRID = 60;
/** The square the heat map covers: the data's [−1, 1]² plus room for noisy points. */
export const EXTENT = 1.5;
/**
 * A mean epoch loss above this means the steps are blowing up: guessing ½ for every point costs
 * ln 2 ≈ 0.693, and with cross-entropy from logits the gradients stay bounded, so a too-large
 * learning rate shows as a loss that leaps far above a coin flip (or as NaN) rather than as ∞.
 */
export const EXPLODED_LOSS = 2.5;

export interface SessionConfig {
  dataset: DatasetName;
  noise: number;
  act: Exclude<ActivationName, 'linear'>;
  init: InitScheme;
  hidden: number;
  units: number;
  seed: number;
}

export interface Session {
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

export interface Snapshot {
  key: string;
  epoch: number;
  /** Mean binary cross-entropy over all N points with the current weights. */
  loss: number;
  accuracy: number;
  diverged: boolean;
  historyEpochs: number[];
  historyLosses: number[];
  /** GRID × GRID values 2σ(z) − 1 ∈ [−1, 1], row 0 at the bottom (x₂ = −EXTENT). */
  grid: Float32Array;
}

/** Layer widths: 2 inputs, `hidden` layers of `units`, one output logit. */
export function layerSizes(hidden: number, units: number): number[] {
  return [2, ...Array.from({ length: hidden }, () => units), 1];
}

export function configKey(c: SessionConfig): string {
  return [c.dataset, c.noise, c.act, c.init, c.hidden, c.units, c.seed].join('|');
}

/** Grid cell centre coordinate for index i of GRID along one axis. */
export function gridCoord(i: number): number {
  return -EXTENT + ((i + 0.5) * 2 * EXTENT) / GRID;
}

/** A fresh session: data from seed, weights from seed + 1, shuffling from seed + 2. */
export function createSession(c: SessionConfig): Session {
  const { X, y } = makeDataset(c.dataset, N_POINTS, c.noise, c.seed);
  const mlp = createMlp({ sizes: layerSizes(c.hidden, c.units), activation: c.act, init: c.init, seed: c.seed + 1 });
  const B = GRID * GRID;
  const gridX = new Float64Array(2 * B);
  for (let r = 0; r < GRID; r++) {
    for (let col = 0; col < GRID; col++) {
      gridX[r * GRID + col] = gridCoord(col);
      gridX[B + r * GRID + col] = gridCoord(r);
    }
  }
  const sizes = mlp.sizes;
  return {
    key: configKey(c),
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
export function trainEpochs(
  s: Session, lr: number, batch: number, maxEpochs: number, deadline = Infinity, now: () => number = () => 0,
): number {
  if (s.diverged) return 0;
  const b = Math.max(1, Math.min(N_POINTS, Math.round(batch) || 1));
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
export function gridValues(s: Session, out = new Float32Array(GRID * GRID)): Float32Array {
  forwardInto(s.mlp, s.gridX, GRID * GRID, s.gridZs, s.gridAs);
  const z = s.gridZs[s.gridZs.length - 1];
  for (let i = 0; i < out.length; i++) out[i] = Math.tanh(z[i] / 2);
  return out;
}

export function snapshotOf(s: Session): Snapshot {
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
    grid: s.diverged ? new Float32Array(GRID * GRID).fill(NaN) : gridValues(s),
  };
}
