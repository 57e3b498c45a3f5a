import { exampleLayer } from '../../core';
import { int, num, type StateOf } from '../shared/params';

/** Six fixed example inputs (three features each); the first is chapter 4's x = (1, 2, 3). */
export const BATCH_ROWS: readonly (readonly number[])[] = [
  exampleLayer.x,
  [0.5, -1, 2],
  [-1, 0, 1],
  [2, 1, -0.5],
  [0, -2, 1.5],
  [1.5, 0.5, -1],
];

const neuronBias = (i: number, value: number) => num(-2, 2, value, { label: `b${i} (bias of neuron ${i})`, step: 0.01, term: 'b' });

/** Batch of 3 inputs; biases chosen non-zero so the row-by-row addition is visible. */
export const params = {
  batch: int(1, BATCH_ROWS.length, 3, { label: 'batch size (rows of X)', term: 'x' }),
  b1: neuronBias(1, 0.5),
  b2: neuronBias(2, -0.5),
};

export type BroadcastState = StateOf<typeof params>;
