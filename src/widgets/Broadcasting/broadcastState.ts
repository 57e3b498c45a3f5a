import { int, num } from '../shared/params';

/** Six fixed example inputs (three features each); the first is chapter 4's x = (1, 2, 3). */
export const BATCH_ROWS: readonly (readonly number[])[] = [
  [1, 2, 3],
  [0.5, -1, 2],
  [-1, 0, 1],
  [2, 1, -0.5],
  [0, -2, 1.5],
  [1.5, 0.5, -1],
];

/** Batch of 3 inputs; biases chosen non-zero so the row-by-row addition is visible. */
export const broadcastSchema = {
  batch: int(1, 6, 3),
  b1: num(-2, 2, 0.5),
  b2: num(-2, 2, -0.5),
};
