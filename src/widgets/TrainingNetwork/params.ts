import { choice, int, num, seedParam, type StateOf } from '../shared/params';
import { activationParam } from '../shared/neuronParams';

/** "Not trained yet": the value of `best` before any training has improved on it. */
export const BEST_NONE = 1000;

/**
 * The playground's start: XOR, two hidden layers of 4 tanh units, Xavier, η = 0.03, batches of 10.
 * `best` is written by the widget (the lowest full-data loss reached since the network was
 * built), so exercises can be checked from the state alone. η moves on its own ladder (below).
 */
export const params = {
  dataset: choice(['xor', 'circles', 'moons', 'spiral'] as const, 'xor', {
    label: 'Data set',
    labels: { xor: 'XOR', circles: 'Circles', moons: 'Two moons', spiral: 'Spiral' },
  }),
  noise: num(0, 0.5, 0, { label: 'noise', step: 0.05, term: 'x' }),
  act: activationParam(['tanh', 'relu', 'sigmoid'] as const, 'tanh'),
  init: choice(['xavier', 'he'] as const, 'xavier', { label: 'Initialisation', labels: { xavier: 'Xavier', he: 'He' } }),
  hidden: int(0, 6, 2, { label: 'K (hidden layers)' }),
  units: int(1, 8, 4, { label: 'n (units per layer)' }),
  lr: num(0.0001, 10, 0.03),
  batch: int(1, 64, 10, { label: 'B (batch size)' }),
  seed: seedParam(),
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
