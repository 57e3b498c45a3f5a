import { choice, int, num, type StateOf } from '../shared/params';

/** Start at (−2.5, 1.5) with learning rate 0.1; no steps taken; Run takes 20 steps. */
export const params = {
  eta: num(0.001, 1, 0.1, { label: 'eta (learning rate)', scale: 'log10', step: 0.01, color: 'var(--accent)' }),
  w1s: num(-3, 3, -2.5, { label: 'w1₀ (start w1)', step: 0.1, term: 'w' }),
  w2s: num(-3, 3, 1.5, { label: 'w2₀ (start w2)', step: 0.1, term: 'w' }),
  /** Steps taken so far (Step and Run move it; no slider). */
  steps: int(0, 500, 0),
  n: int(1, 100, 20, { label: 'N (steps per run)' }),
  opt: choice(['sgd', 'momentum', 'adam'] as const, 'sgd', {
    label: 'Optimiser',
    labels: { sgd: 'Gradient descent', momentum: 'Momentum', adam: 'Adam' },
  }),
  surface: choice(['bowl', 'valley'] as const, 'bowl', { label: 'Surface', labels: { bowl: 'Round bowl', valley: 'Narrow valley' } }),
};

export type DescentState = StateOf<typeof params>;

/** What the figure says instead of any broken number when a run diverges. */
export const DIVERGED_MESSAGE = 'Diverged: the learning rate is too large, so each step overshoots the valley';
