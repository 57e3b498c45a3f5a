import { choice, num } from '../shared/params';

/** The loss of the chapter-7 neuron over w1 (y = 1), at w1 = 0.5, with step h = 0.5. */
export const slopeSchema = {
  w: num(-3, 3, 0.5),
  h: num(1e-4, 1, 0.5),
  fn: choice(['loss', 'cubic'] as const, 'loss'),
};
