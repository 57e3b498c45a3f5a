import { activationParam, inputParam } from '../shared/neuronParams';
import { bool, int, seedParam, type StateOf } from '../shared/params';

/** Three stacked 2×2 layers, input x = (1, 1), no activation yet; seed 5 for the weights. */
export const params = {
  k: int(1, 5, 3, { label: 'K (number of layers)', term: 'w' }),
  x1: inputParam(1, 1, 3),
  x2: inputParam(2, 1, 3),
  activation: bool(false, { label: 'activation between layers' }),
  act: activationParam(['relu', 'tanh'] as const, 'relu'),
  seed: seedParam(5),
};

export type WhySwitchState = StateOf<typeof params>;
