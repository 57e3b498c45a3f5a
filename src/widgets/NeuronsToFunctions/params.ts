import { choice, int, type StateOf } from '../shared/params';
import { activationParam } from '../shared/neuronParams';

/**
 * Six tanh units fitting a sine, untrained, seed 42. `steps` counts the gradient-descent steps
 * taken from the seeded start, so a link reproduces a trained network exactly; `unit` is the
 * unit whose w, b, v the sliders move (its slider's range follows n, so it is drawn by the widget).
 */
export const params = {
  n: int(1, 50, 6, { label: 'n (hidden units)', term: 'x' }),
  target: choice(['sine', 'step', 'abs', 'bump'] as const, 'sine', {
    label: 'Target t(x)',
    labels: { sine: 'sine', step: 'a step', abs: '|x|', bump: 'a bump' },
  }),
  act: activationParam(['tanh', 'relu', 'sigmoid'] as const, 'tanh'),
  seed: int(0, 1_000_000, 42),
  steps: int(0, 20_000, 0),
  unit: int(1, 50, 1),
};

export type NfState = StateOf<typeof params>;

/** Steps added by one press of Train. */
export const TRAIN_STEPS = 500;
