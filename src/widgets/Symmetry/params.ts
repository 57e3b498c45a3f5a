import { choice, int, seedParam, type StateOf } from '../shared/params';

/** Starts equal (the trap the essay warns about); the reader switches to random to see them part. */
export const params = {
  start: choice(['equal', 'random'] as const, 'equal', { label: 'Initial weights', labels: { equal: 'start equal', random: 'start random' } }),
  steps: int(0, 300, 150, { label: 'steps (training steps)' }),
  seed: seedParam(),
};

export type SymmetryState = StateOf<typeof params>;

export const MAX_STEPS = params.steps.max;
/** Learning rate η of the full-batch gradient descent. */
export const LEARNING_RATE = 0.5;
