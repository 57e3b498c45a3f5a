import { USER_POINTS_MAX_LENGTH } from '../../core';
import { choice, int, num, seedParam, text, type StateOf } from '../shared/params';
import { activationParam } from '../shared/neuronParams';

/** "Not trained yet": the value of `best` before any training has improved on it. */
export const BEST_NONE = 1000;

/**
 * The playground's start: XOR, two hidden layers of 4 tanh units, Xavier, η = 0.03, batches of 10.
 * `best` is written by the widget (the lowest full-data loss reached since the network was
 * built), so exercises can be checked from the state alone. η moves on its own ladder (below).
 */
export const params = {
  dataset: choice(['xor', 'circles', 'moons', 'spiral', 'own'] as const, 'xor', {
    label: 'Data set',
    labels: { xor: 'XOR', circles: 'Circles', moons: 'Two moons', spiral: 'Spiral', own: 'Only your points' },
  }),
  /** The reader's own points (core/userPoints.ts text), added to the data set. */
  points: text('', { maxLength: USER_POINTS_MAX_LENGTH }),
  /** What a click on the data plot does. */
  tool: choice(['add0', 'add1', 'erase'] as const, 'add0', {
    label: 'A click on the plot',
    labels: { add0: 'adds class 0 (blue)', add1: 'adds class 1 (red)', erase: 'erases your point' },
  }),
  test: int(0, 50, 0, { label: 'test share (%)', step: 10 }),
  noise: num(0, 0.5, 0, { label: 'noise', step: 0.05, term: 'x' }),
  act: activationParam(['tanh', 'relu', 'sigmoid'] as const, 'tanh'),
  init: choice(['zero', 'small', 'large', 'xavier', 'he'] as const, 'xavier', {
    label: 'Initialisation',
    labels: { zero: 'Zero', small: 'Too small', large: 'Too large', xavier: 'Xavier', he: 'He' },
  }),
  hidden: int(0, 6, 2, { label: 'K (hidden layers)' }),
  units: int(1, 8, 4, { label: 'n (units per layer)' }),
  lr: num(0.0001, 10, 0.03),
  batch: int(1, 64, 10, { label: 'B (batch size)' }),
  opt: choice(['sgd', 'momentum', 'adam'] as const, 'sgd', {
    label: 'Optimiser',
    labels: { sgd: 'Gradient descent', momentum: 'Momentum', adam: 'Adam' },
  }),
  l2: num(0, 0.1, 0),
  seed: seedParam(),
  /** Which draw of starting weights (Resample moves it; Rewind keeps it). */
  draw: int(0, 1_000_000, 0),
  best: num(0, BEST_NONE, BEST_NONE),
};

export type TrainingState = StateOf<typeof params>;

/** The learning rates the η slider steps through (each about 3× the last). */
export const LR_LADDER = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;

/** Index on LR_LADDER nearest to lr in log distance. */
export function lrIndex(lr: number): number {
  const safe = Number.isFinite(lr) && lr > 0 ? lr : 0.03;
  let best = 0;
  for (let i = 1; i < LR_LADDER.length; i++) {
    if (Math.abs(Math.log(LR_LADDER[i] / safe)) < Math.abs(Math.log(LR_LADDER[best] / safe))) best = i;
  }
  return best;
}

/** The L2 strengths the λ slider steps through (0, then each about 3× the last). */
export const L2_LADDER = [0, 0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1] as const;

/** Index on L2_LADDER nearest to l2 (0 for 0 or anything not a positive number). */
export function l2Index(l2: number): number {
  if (!(Number.isFinite(l2) && l2 > 0)) return 0;
  let best = 1;
  for (let i = 2; i < L2_LADDER.length; i++) {
    if (Math.abs(Math.log(L2_LADDER[i] / l2)) < Math.abs(Math.log(L2_LADDER[best] / l2))) best = i;
  }
  return best;
}
