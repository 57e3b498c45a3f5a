import { choice, int, num } from '../shared/params';

/** The essay's "even with 1,000 inputs": n = 1000 seeded inputs in [0, 1) and Xavier-scaled weights. */
export const thousandSchema = {
  n: int(1, 10_000, 1000),
  scale: choice(['unit', 'xavier', 'he'] as const, 'xavier'),
  b: num(-2, 2, 0),
  seed: int(0, 1_000_000, 42),
};

export type WeightScale = 'unit' | 'xavier' | 'he';
export const scaleLabels: Record<WeightScale, string> = { unit: 'N(0, 1)', xavier: 'Xavier', he: 'He' };
