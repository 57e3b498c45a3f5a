import { exampleNetwork } from '../../core';
import { int, num, type StateOf } from '../shared/params';
import { inputParam } from '../shared/neuronParams';

const { x, layers, y, eta } = exampleNetwork;
const [hidden, output] = layers;
/** Weights and biases reach ±10: far enough to saturate every unit (σ′ → 0) without overflow. */
const RANGE = 10;
const weight = (value: number, label: string) => num(-RANGE, RANGE, value, { label, step: 0.01, term: 'w' });
const bias = (value: number, label: string) => num(-RANGE, RANGE, value, { label, step: 0.01, term: 'b' });

/**
 * The example 2-2-1 sigmoid network: input x = (2, 3); hidden layer W⁽¹⁾ (row j = the weights into
 * hidden unit j; its first row is the running neuron), b⁽¹⁾; output layer W⁽²⁾, b⁽²⁾; target y;
 * learning rate η; the finite-difference step h; and how far the backward pass has been stepped
 * (0 = forward pass only, 1 = the output unit, 2 and 3 = hidden units 1 and 2).
 */
export const params = {
  x1: inputParam(1, x[0]),
  x2: inputParam(2, x[1]),
  w1_11: weight(hidden.W[0][0], 'w¹₁₁ (x1 → hidden 1)'),
  w1_12: weight(hidden.W[0][1], 'w¹₁₂ (x2 → hidden 1)'),
  w1_21: weight(hidden.W[1][0], 'w¹₂₁ (x1 → hidden 2)'),
  w1_22: weight(hidden.W[1][1], 'w¹₂₂ (x2 → hidden 2)'),
  b1_1: bias(hidden.b[0], 'b¹₁ (bias of hidden 1)'),
  b1_2: bias(hidden.b[1], 'b¹₂ (bias of hidden 2)'),
  w2_1: weight(output.W[0][0], 'w²₁ (hidden 1 → output)'),
  w2_2: weight(output.W[0][1], 'w²₂ (hidden 2 → output)'),
  b2: bias(output.b[0], 'b² (bias of the output)'),
  y: num(0, 1, y[0], { label: 'y (target)', step: 0.01, term: 'y' }),
  eta: num(0, 2, eta, { label: 'eta (learning rate)', step: 0.01, color: 'var(--accent)' }),
  h: num(1e-8, 0.1, 1e-4, { label: 'h (finite-difference step)', scale: 'log10', step: 1 }),
  step: int(0, 3, 0),
};

export type NetworkState = StateOf<typeof params>;
/** The nine parameters "Apply update" moves, in the order of the table (output layer first). */
export const trainable = ['w2_1', 'w2_2', 'b2', 'w1_11', 'w1_12', 'b1_1', 'w1_21', 'w1_22', 'b1_2'] as const;
export type Trainable = (typeof trainable)[number];
