import { formatNumber } from '../../components/format';
import { choice, int, seedParam, type StateOf } from '../shared/params';
import { biasParam } from '../shared/neuronParams';

export type WeightScale = 'unit' | 'xavier' | 'he';

/** n with thousands grouped: 10,000. */
export const groupedCount = (n: number) => formatNumber(n, 0, { grouping: true });

/** The essay's "even with 1,000 inputs": n = 1000 seeded inputs in [0, 1) and Xavier-scaled weights. */
export const params = {
  n: int(1, 10_000, 1000, { label: 'n (number of inputs)', scale: 'log2', color: 'var(--c-x)', format: groupedCount }),
  scale: choice(['unit', 'xavier', 'he'] as const, 'xavier', { label: 'Weights', labels: { unit: 'N(0, 1)', xavier: 'Xavier', he: 'He' } }),
  b: biasParam(0),
  seed: seedParam(),
};

export type ThousandState = StateOf<typeof params>;
