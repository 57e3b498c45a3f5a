import { exampleNeuron } from '../../core';
import { activationParam, biasParam, inputParam, weightParam } from '../shared/neuronParams';
import type { StateOf } from '../shared/params';

const { x, w, b } = exampleNeuron;

/** The essay's example: x = (2, 3), w = (0.5, −0.2), b = 0.1, sigmoid. */
export const params = {
  x1: inputParam(1, x[0]),
  x2: inputParam(2, x[1]),
  w1: weightParam(1, w[0]),
  w2: weightParam(2, w[1]),
  b: biasParam(b),
  act: activationParam(['sigmoid', 'relu', 'tanh'] as const, 'sigmoid'),
};

export type CalculationState = StateOf<typeof params>;
