import { exampleNeuron } from '../../core';
import { num, type StateOf } from '../shared/params';
import { biasParam, inputParam, weightParam } from '../shared/neuronParams';

const { x, w, b } = exampleNeuron;

/** The chapter-7 neuron x = (2, 3), w = (0.5, −0.2), b = 0.1, sigmoid, with target y = 1 and η = 0.5. */
export const params = {
  x1: inputParam(1, x[0]),
  x2: inputParam(2, x[1]),
  w1: weightParam(1, w[0], 5),
  w2: weightParam(2, w[1], 5),
  b: biasParam(b, 5),
  y: num(0, 1, 1, { label: 'y (target)', step: 0.01, term: 'y' }),
  eta: num(0, 2, 0.5, { label: 'eta (learning rate)', step: 0.01, color: 'var(--accent)' }),
};

export type BackpropState = StateOf<typeof params>;
