import { choice, int, seedParam, type StateOf } from '../shared/params';
import { activationParam } from '../shared/neuronParams';

export const initLabels = { small: 'too small (σ = 0.01)', large: 'too large (σ = 1)', xavier: 'Xavier', he: 'He' } as const;

/** Ten layers of 100 units fed 256 random inputs, Xavier weights, tanh: the steady case. */
export const params = {
  layers: int(1, 20, 10, { label: 'K (layers)' }),
  width: int(16, 256, 100, { label: 'width (units per layer, n_in)', term: 'x' }),
  batch: int(16, 256, 256, { label: 'batch (random inputs)', step: 16, term: 'x' }),
  init: choice(['small', 'large', 'xavier', 'he'] as const, 'xavier', { label: 'Initialisation', labels: initLabels }),
  act: activationParam(['tanh', 'relu'] as const, 'tanh'),
  // Drawn anew by Resample; no slider (the figure is about the spread, not one draw).
  seed: seedParam(),
};

export type DeepInitState = StateOf<typeof params>;
