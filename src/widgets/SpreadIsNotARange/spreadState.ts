import { int, num } from '../shared/params';

/** The essay's example: Normal(mean = 0, std = 0.632), the Xavier σ for n_in = 3, n_out = 2. */
export const spreadSchema = {
  sigma: num(0.05, 2, 0.632),
  count: int(10, 20_000, 1000),
  seed: int(0, 1_000_000, 7),
};

export interface SpreadState {
  sigma: number;
  count: number;
  seed: number;
}

export const nextSeed = (seed: number) => (seed * 7919 + 1) % 1_000_000;
