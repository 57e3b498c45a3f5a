import { createRng, fillNormal } from '../../core';
import { approx, type OracleView } from '../../test/oracle';
import type { LayerState } from './params';

/**
 * By hand: W from N(0, 2/(n_in + n_out)) drawn from the seed and rounded to 3 decimals, x from
 * seed + 1 (uniform on [−1, 1], one decimal), every bias b; z_j = Σ_k W_jk x_k + b by a plain loop.
 */
export function oracle(s: LayerState): OracleView {
  const { nIn, nOut, b } = s;
  const W = Array.from(fillNormal(createRng(s.seed), new Float64Array(nIn * nOut), 0, Math.sqrt(2 / (nIn + nOut))), (w) => Math.round(w * 1000) / 1000);
  const rng = createRng(s.seed + 1);
  const x = Array.from({ length: nIn }, () => Math.round(rng.uniform() * 20 - 10) / 10);
  const z = Array.from({ length: nOut }, (_, j) => {
    let sum = b;
    for (let k = 0; k < nIn; k++) sum += W[j * nIn + k] * x[k];
    return sum;
  });
  // The row written out: the picked neuron's, all terms up to 3 inputs, else the first two and the last.
  const r = Math.min(s.row, nOut);
  const ks = nIn > 3 ? [1, 2, nIn] : Array.from({ length: nIn }, (_, k) => k + 1);
  const w = (k: number) => W[(r - 1) * nIn + k - 1];
  const row = [
    r, ...ks.flatMap((k) => [r, k, k]), r, // z_r = W_r,k x_k + … + b_r
    ...ks.flatMap((k) => [w(k), x[k - 1]]), b, // the numbers substituted
    ...ks.map((k) => approx(w(k) * x[k - 1], 4)), b, // the products (4 decimals: exact), b
    z[r - 1],
  ];
  const parameters = nOut * nIn + nOut;
  return {
    equations: [[], [nOut, nIn, nIn, nOut, nOut], row, [nOut, nIn, nOut, parameters]],
    readouts: { 'W shape': `${nOut} × ${nIn}`, 'x shape': String(nIn), 'z shape': String(nOut), parameters: String(parameters) },
    printed: { 'W shape': [nOut, nIn], 'x shape': [nIn], 'z shape': [nOut], z, parameters },
  };
}
