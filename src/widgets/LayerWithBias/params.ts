import { exampleLayer } from '../../core';
import { inputParam } from '../shared/neuronParams';
import { num, type StateOf } from '../shared/params';

const neuronBias = (i: number) => num(-2, 2, 0, { label: `b${i} (bias of neuron ${i})`, step: 0.001, term: 'b' });

/** Chapter 4's input x = (1, 2, 3), and each neuron's bias at its usual starting value, 0. */
export const params = {
  x1: inputParam(1, exampleLayer.x[0]),
  x2: inputParam(2, exampleLayer.x[1]),
  x3: inputParam(3, exampleLayer.x[2]),
  b1: neuronBias(1),
  b2: neuronBias(2),
};

export type LayerState = StateOf<typeof params>;
