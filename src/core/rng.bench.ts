import { bench, describe } from 'vitest';
import { randomLcg, randomNormal } from 'd3-random';
import { createRng, fillNormal, fillUniform } from './rng';

const N = 1_000_000;
const out = new Float64Array(N);

describe('1e6 normal samples', () => {
  const ours = createRng(42);
  bench('core fillNormal (sfc32 + ziggurat)', () => {
    fillNormal(ours, out);
  });
  const single = createRng(42);
  bench('core rng.normal() one at a time', () => {
    for (let i = 0; i < N; i++) out[i] = single.normal();
  });
  const d3 = randomNormal.source(randomLcg(42))();
  bench('d3-random randomNormal.source(randomLcg(42))()', () => {
    for (let i = 0; i < N; i++) out[i] = d3();
  });
});

describe('1e6 uniform samples', () => {
  const ours = createRng(7);
  bench('core fillUniform', () => {
    fillUniform(ours, out, -1, 1);
  });
});
