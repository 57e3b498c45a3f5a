import { createRng, fillNormal, fillUniform } from '../../core';
import { approx, type Expected, type OracleView } from '../../test/oracle';
import type { ThousandState } from './params';

/**
 * By hand: the seeded draws (inputs first, then weights of variance 1, 2/(n + 1) or 2/n), kept in
 * hundredths and thousandths, multiplied and summed in a plain loop.
 */
export function oracle(s: ThousandState): OracleView {
  const { n, b } = s;
  const rng = createRng(s.seed);
  const x = Array.from(fillUniform(rng, new Float64Array(n), 0, 1), (u) => Math.floor(100 * u) / 100);
  const sd = s.scale === 'unit' ? 1 : Math.sqrt(s.scale === 'xavier' ? 2 / (n + 1) : 2 / n);
  const w = Array.from(fillNormal(rng, new Float64Array(n), 0, sd), (g) => Math.round(1000 * g) / 1000);
  let wx = 0;
  for (let i = 0; i < n; i++) wx += w[i] * x[i];
  const z = wx + b;
  // Written out: every term up to n = 3, else the first two and the last.
  const shown = n <= 3 ? Array.from({ length: n }, (_, i) => i) : [0, 1, n - 1];
  const subscripts = shown.flatMap((i) => [i + 1, i + 1]);
  const numbers = shown.flatMap((i) => [w[i], x[i]]);
  const products: Expected[] = shown.map((i) => approx(w[i] * x[i], 5));
  return {
    equations: [[1, n, ...subscripts, ...numbers, b, ...products, b, z]],
    readouts: { n, 'wᵀx': wx, z },
    printed: n <= 16 ? { wx, z } : { n },
  };
}
