import { bench, describe } from 'vitest';
import { histogram } from './histogram';
import { createRng, fillNormal } from './rng';

const N = 1_000_000;
const values = fillNormal(createRng(1), new Float64Array(N));

describe('histogram of 1e6 values', () => {
  bench('histogram(values, 50) — domain from the data', () => {
    histogram(values, 50);
  });
  bench('histogram(values, 50, [-4, 4])', () => {
    histogram(values, 50, [-4, 4]);
  });
});

describe('1e6 normal samples + histogram (target < 20 ms)', () => {
  const rng = createRng(2);
  const out = new Float64Array(N);
  bench('fillNormal + histogram(out, 60)', () => {
    histogram(fillNormal(rng, out, 0, 0.5), 60);
  });
});
