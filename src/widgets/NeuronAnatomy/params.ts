import { exampleNeuron } from '../../core';
import { activationParam, biasParam, inputParam, weightParam } from '../shared/neuronParams';
import type { StateOf } from '../shared/params';

const { x, w, b } = exampleNeuron;

/**
 * The essay's three-input neuron: the running example (x1 = 2, x2 = 3, w1 = 0.5, w2 = −0.2,
 * b = 0.1, sigmoid) with a third input x3 = 1 weighted w3 = 0.4, so z = 1 − 0.6 + 0.4 + 0.1 = 0.9
 * (the same third input as the dot-product figure's).
 * Each input sits with its weight: together they are one product wᵢxᵢ, one part of the diagram.
 */
export const params = {
  x1: inputParam(1, x[0]), w1: weightParam(1, w[0]),
  x2: inputParam(2, x[1]), w2: weightParam(2, w[1]),
  x3: inputParam(3, 1), w3: weightParam(3, 0.4),
  b: biasParam(b),
  act: activationParam(['sigmoid', 'relu', 'tanh'] as const, 'sigmoid'),
};

export type AnatomyState = StateOf<typeof params>;

/** Inputs and weights of the state as arrays, in order 1, 2, 3. */
export function vectorsOf(s: AnatomyState): { x: [number, number, number]; w: [number, number, number] } {
  return { x: [s.x1, s.x2, s.x3], w: [s.w1, s.w2, s.w3] };
}
