import { exampleNeuron } from '../../core';
import { biasParam, inputParam, weightParam } from '../shared/neuronParams';
import type { StateOf } from '../shared/params';

const { x, w, b } = exampleNeuron;

/**
 * Three inputs and three weights: the running example (x = (2, 3), w = (0.5, −0.2), b = 0.1)
 * with a third input x3 = 1 and weight w3 = 0.4 added, so wᵀx = 1 − 0.6 + 0.4 = 0.8 and z = 0.9.
 */
export const params = {
  x1: inputParam(1, x[0]),
  x2: inputParam(2, x[1]),
  x3: inputParam(3, 1),
  w1: weightParam(1, w[0]),
  w2: weightParam(2, w[1]),
  w3: weightParam(3, 0.4),
  b: biasParam(b),
};

export type DotProductState = StateOf<typeof params>;
