import { choice, int, seedParam, type StateOf } from '../shared/params';
import { whole } from './shownDigits';

export const schemeLabels = { xavier: 'Xavier/Glorot', he: 'He/Kaiming' } as const;

/** The essay's example: Xavier/Glorot, normal, n_in = 3, n_out = 2 (Var = 0.4, σ ≈ 0.632). */
export const params = {
  scheme: choice(['xavier', 'he'] as const, 'xavier', { label: 'Scheme', labels: schemeLabels }),
  dist: choice(['normal', 'uniform'] as const, 'normal', { label: 'Distribution' }),
  nIn: int(1, 1024, 3, { label: 'n_in (inputs per neuron)', scale: 'log2', term: 'x' }),
  nOut: int(1, 1024, 2, { label: 'n_out (neurons in this layer, rows of W)', scale: 'log2', term: 'a' }),
  count: int(100, 100_000, 10_000, { label: 'N (samples)', scale: 'log2', format: whole }),
  seed: seedParam(),
};

export type InitLabState = StateOf<typeof params>;
