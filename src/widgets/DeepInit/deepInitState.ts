import { choice, int } from '../shared/params';

/** Ten layers of 100 units fed 256 random inputs, Xavier weights, tanh: the steady case. */
export const deepInitSchema = {
  layers: int(1, 20, 10),
  width: int(16, 256, 100),
  batch: int(16, 256, 256),
  init: choice(['small', 'large', 'xavier', 'he'] as const, 'xavier'),
  act: choice(['tanh', 'relu'] as const, 'tanh'),
  seed: int(0, 1_000_000, 42),
};

export const initLabels = { small: 'too small (σ = 0.01)', large: 'too large (σ = 1)', xavier: 'Xavier', he: 'He' } as const;
export const actLabels = { tanh: 'tanh', relu: 'ReLU' } as const;
