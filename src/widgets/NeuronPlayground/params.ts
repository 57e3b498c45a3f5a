import { exampleNeuron } from '../../core';
import { activationParam, biasParam, inputParam, weightParam } from '../shared/neuronParams';
import type { StateOf } from '../shared/params';

export const X_RANGE = [-5, 5] as const;

/**
 * One input, one weight, one bias: the running example cut down to its first input
 * (x = 2, w = 0.5, b = 0.1, sigmoid), so z = 0.5·2 + 0.1 = 1.1 and a = σ(1.1) ≈ 0.750.
 */
export const params = {
  w: weightParam('', exampleNeuron.w[0], 3),
  b: biasParam(exampleNeuron.b, 3),
  x: inputParam('', exampleNeuron.x[0], X_RANGE[1]),
  act: activationParam(['sigmoid', 'relu', 'tanh'] as const, 'sigmoid'),
};

export type PlaygroundState = StateOf<typeof params>;
