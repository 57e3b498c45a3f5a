import { createRng, fillNormal } from '../../core';
import { approx, type Expected, type OracleView } from '../../test/oracle';
import type { FeedState } from './params';

const fs = { sigmoid: (z: number) => 1 / (1 + Math.exp(-z)), relu: (z: number) => Math.max(0, z), tanh: Math.tanh };

/**
 * By hand: Xavier-normal layers (variance 2/(n_in + n_out)) drawn one after another from one
 * seeded generator, rounded to 3 decimals as the figure shows them, biases 0, f on every layer.
 * The figure's node equation shows the output node until a node is picked.
 */
export function oracle(s: FeedState): OracleView {
  const sizes = [2, ...Array.from({ length: s.depth }, () => s.width), 1];
  const rng = createRng(s.seed);
  const as = [[s.x1, s.x2]];
  let W: number[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const nIn = sizes[l - 1];
    const nOut = sizes[l];
    W = Array.from(fillNormal(rng, new Float64Array(nIn * nOut), 0, Math.sqrt(2 / (nIn + nOut))), (w) => Math.round(w * 1000) / 1000);
    const a: number[] = [];
    for (let j = 0; j < nOut; j++) {
      let z = 0;
      for (let k = 0; k < nIn; k++) z += W[j * nIn + k] * as[l - 1][k];
      a.push(fs[s.act](z));
    }
    as.push(a);
  }
  const L = sizes.length - 1;
  const prev = as[L - 1];
  const out = as[L][0];
  // The output node: its weights are the last layer's only row; b = 0.
  const products = prev.map((a, k) => W[k] * a);
  const z = products.reduce((sum, p) => sum + p, 0);
  const symbols = prev.flatMap((_, k) => (L === 1 ? [L, 1, k + 1, k + 1] : [L, 1, k + 1, L - 1, k + 1]));
  const node: Expected[] = [
    ...[L, 1, ...symbols, L, 1], // z⁽ᴸ⁾₁ = Σ W⁽ᴸ⁾₁,ₖ a⁽ᴸ⁻¹⁾ₖ + b⁽ᴸ⁾₁
    ...prev.flatMap((a, k) => [W[k], a]), 0, // the numbers substituted
    ...products.map((p) => approx(p, 4)), 0, // the products added (4 decimals), b
    z, L, 1, z, out, // z, then a = f(z)
  ];
  // a⁽ˡ⁾ = f(W⁽ˡ⁾ a⁽ˡ⁻¹⁾ + b⁽ˡ⁾), layer 1 reading x (no number).
  const network = Array.from({ length: L }, (_, i) => (i === 0 ? [1, 1, 1] : [i + 1, i + 1, i, i + 1])).flat();
  const parameters = sizes.slice(1).reduce((sum, n, i) => sum + (sizes[i] + 1) * n, 0);
  return {
    equations: [network, node],
    readouts: { output: out, 'selected node': out, parameters: String(parameters) },
    printed: { output: out, parameters },
  };
}
