import { choice, num, type StateOf } from '../shared/params';

/** The loss of the chapter-7 neuron over w1 (y = 1), at w1 = 0.5, with step h = 0.5. */
export const params = {
  w: num(-3, 3, 0.5, { label: 'w (point)', step: 0.01, term: 'w' }),
  h: num(1e-4, 1, 0.5, { label: 'h (step size, log scale)', scale: 'log10', step: 0.1 }),
  fn: choice(['loss', 'cubic'] as const, 'loss', { label: 'Function', labels: { loss: 'loss L(w1)', cubic: 'curve w³/3 − w' } }),
};

export type SlopeState = StateOf<typeof params>;
export type SlopeFunction = SlopeState['fn'];
