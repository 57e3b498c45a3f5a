import type { ActivationName } from '../../core';
import { choice, num } from './params';
import { activationLabel } from './activationNames';

/**
 * The parameters of the essay's running neuron, as every neuron figure writes them: an input xᵢ,
 * a weight wᵢ, the bias b and the activation f, each with its label, step and colour.
 */
export const inputParam = (i: number | '', value: number, range = 5) =>
  num(-range, range, value, { label: i === '' ? 'x (input)' : `x${i} (input ${i})`, step: 0.1, term: 'x' });
export const weightParam = (i: number | '', value: number, range = 2) =>
  num(-range, range, value, { label: i === '' ? 'w (weight)' : `w${i} (weight ${i})`, step: 0.01, term: 'w' });
export const biasParam = (value: number, range = 2) => num(-range, range, value, { label: 'b (bias)', step: 0.01, term: 'b' });
export const activationParam = <T extends ActivationName>(options: readonly T[], value: T, label = 'Activation f') =>
  choice(options, value, { label, labels: activationLabel });
