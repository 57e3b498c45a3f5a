import { approx, type OracleView } from '../../test/oracle';
import type { LayerState } from './params';

// The essay's W, written out again so the oracle does not trust the widget's copy.
const W = [
  [0.314, -0.087, 0.41],
  [0.963, -0.148, -0.148],
];

/** By hand: each neuron's products wⱼₖxₖ, their sum, plus its own bias. */
export function oracle(s: LayerState): OracleView {
  const x = [s.x1, s.x2, s.x3];
  const b = [s.b1, s.b2];
  const products = W.map((row) => row.map((w, k) => w * x[k]));
  const z = products.map((row, j) => row[0] + row[1] + row[2] + b[j]);
  return {
    // W, x and b substituted; each row's products (4 decimals: they add up exactly), b again; z.
    equations: [[...W.flat(), ...x, ...b, ...products.flat().map((p) => approx(p, 4)), ...b, ...z]],
    readouts: { z1: z[0], z2: z[1] },
    printed: { z },
  };
}
