import { choice, int } from '../shared/params';

/** The essay's example: Xavier/Glorot, normal, n_in = 3, n_out = 2 (Var = 0.4, σ ≈ 0.632). */
export const initLabSchema = {
  scheme: choice(['xavier', 'he'] as const, 'xavier'),
  dist: choice(['normal', 'uniform'] as const, 'normal'),
  nIn: int(1, 1024, 3),
  nOut: int(1, 1024, 2),
  count: int(100, 100_000, 10_000),
  seed: int(0, 1_000_000, 42),
};

export interface InitLabState {
  scheme: 'xavier' | 'he';
  dist: 'normal' | 'uniform';
  nIn: number;
  nOut: number;
  count: number;
  seed: number;
}

export const schemeLabels = { xavier: 'Xavier/Glorot', he: 'He/Kaiming' } as const;
export const distLabels = { normal: 'normal', uniform: 'uniform' } as const;

/** A new seed for Resample: a fixed step through 0…999,999, so it is reproducible too. */
export const nextSeed = (seed: number) => (seed * 7919 + 1) % 1_000_000;
