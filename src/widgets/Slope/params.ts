import { choice, num, type StateOf } from '../shared/params';

/**
 * The loss of the running neuron over w1 (y = 1), at w1 = 0 with step h = 1: there the loss bends,
 * so the secant (−0.2052) and the tangent (−0.2926) differ visibly and shrinking h closes the gap.
 * (At the running example's w1 = 0.5 the curve hardly bends: −0.1771 against −0.1774 at h = 0.5.)
 */
export const params = {
  w: num(-3, 3, 0, { label: 'w (point)', step: 0.01, term: 'w' }),
  h: num(1e-4, 1, 1, { label: 'h (step size, log scale)', scale: 'log10', step: 0.1 }),
  fn: choice(['loss', 'cubic'] as const, 'loss', { label: 'Function', labels: { loss: 'loss L(w1)', cubic: 'curve w³/3 − w' } }),
};

export type SlopeState = StateOf<typeof params>;
export type SlopeFunction = SlopeState['fn'];
