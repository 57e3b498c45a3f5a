import { exampleNeuron } from '../../core';
import { activationParam, inputParam } from '../shared/neuronParams';
import { int, seedParam, type StateOf } from '../shared/params';

/**
 * A 2-3-3-1 network on the running example's inputs x = (2, 3): two hidden layers of three sigmoid
 * neurons and one output neuron, Xavier weights from seed 42, biases 0.
 */
export const params = {
  x1: inputParam(1, exampleNeuron.x[0]),
  x2: inputParam(2, exampleNeuron.x[1]),
  width: int(1, 5, 3, { label: 'hidden width (neurons per layer)' }),
  depth: int(1, 3, 2, { label: 'hidden layers (depth)' }),
  act: activationParam(['sigmoid', 'relu', 'tanh'] as const, 'sigmoid'),
  seed: seedParam(),
};

export type FeedState = StateOf<typeof params>;
