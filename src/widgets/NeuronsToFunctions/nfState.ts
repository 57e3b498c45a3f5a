import { choice, int } from '../shared/params';

/**
 * Six tanh units fitting a sine, untrained, seed 42. `steps` counts the gradient-descent steps
 * taken from the seeded start, so a link reproduces a trained network exactly; `unit` is the
 * unit whose w, b, v the sliders move.
 */
export const nfSchema = {
  n: int(1, 50, 6),
  target: choice(['sine', 'step', 'abs', 'bump'] as const, 'sine'),
  act: choice(['tanh', 'relu', 'sigmoid'] as const, 'tanh'),
  seed: int(0, 1_000_000, 42),
  steps: int(0, 20_000, 0),
  unit: int(1, 50, 1),
};

export const targetLabels = { sine: 'sine', step: 'a step', abs: '|x|', bump: 'a bump' } as const;
export const actLabels = { tanh: 'tanh', relu: 'ReLU', sigmoid: 'sigmoid' } as const;
/** Steps added by one press of Train. */
export const TRAIN_STEPS = 500;
