import { exampleNeuron } from '../../core';
import { choice, num, type StateOf } from '../shared/params';
import { weightParam } from '../shared/neuronParams';

const { w } = exampleNeuron;

/** The chapter-7 neuron (x = (2, 3), b = 0.1, sigmoid) with target y = 1, squared error, swept over w1. */
export const params = {
  w1: weightParam(1, w[0], 3),
  w2: weightParam(2, w[1], 3),
  y: num(0, 1, 1, { label: 'y (target)', step: 0.01, term: 'y' }),
  loss: choice(['mse', 'bce'] as const, 'mse', { label: 'Loss', labels: { mse: 'squared error', bce: 'cross-entropy' } }),
  sweep: choice(['w1', 'w2'] as const, 'w1', { label: 'Sweep weight' }),
};

export type LossCurveState = StateOf<typeof params>;
