import { choice, int } from '../shared/params';

/** Starts equal (the trap the essay warns about); the reader switches to random to see them part. */
export const symmetrySchema = {
  start: choice(['equal', 'random'] as const, 'equal'),
  steps: int(0, 300, 150),
  seed: int(0, 1_000_000, 42),
};

export interface SymmetryState {
  start: 'equal' | 'random';
  steps: number;
  seed: number;
}

export const MAX_STEPS = 300;
/** Learning rate η of the full-batch gradient descent. */
export const LEARNING_RATE = 0.5;
export const nextSeed = (seed: number) => (seed * 7919 + 1) % 1_000_000;
