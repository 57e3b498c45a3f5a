import { int, num, seedParam, type StateOf } from '../shared/params';

/** A whole count with grouping, never in scientific form: 20,000 draws. */
export const whole = (n: number): string => Math.round(n).toLocaleString('en-US');

/** The essay's example: Normal(mean = 0, std = 0.632), the Xavier σ for n_in = 3, n_out = 2. */
export const params = {
  sigma: num(0.05, 2, 0.632, { label: 'σ (standard deviation)', step: 0.001, term: 'w' }),
  count: int(10, 20_000, 1000, { label: 'N (draws)', step: 10, format: whole }),
  seed: seedParam(7),
};

export type SpreadState = StateOf<typeof params>;
