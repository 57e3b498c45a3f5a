import { exampleLayer } from '../../core';
import { formatNumber } from '../../components/format';
import { approx, type OracleView } from '../../test/oracle';
import { BATCH_ROWS, type BroadcastState } from './params';

/** By hand: each input row times each neuron's weights, then that neuron's bias, row after row. */
export function oracle(s: BroadcastState): OracleView {
  const W = exampleLayer.W;
  const n = s.batch;
  const X = BATCH_ROWS.slice(0, n);
  const b = [s.b1, s.b2];
  const XWt = X.map((x) => W.map((w) => w[0] * x[0] + w[1] * x[1] + w[2] * x[2]));
  const Z = XWt.map((row) => row.map((v, j) => v + b[j]));
  const Wt = [0, 1, 2].map((k) => [W[0][k], W[1][k]]);
  const row = (i: number) => `(${formatNumber(Z[i][0])}, ${formatNumber(Z[i][1])})`;
  const xwt = XWt.flat().map((v) => approx(v, 4));
  return {
    equations: [
      // Z = XWᵀ + b, then the shapes: (n × 2) = (n × 3) · (3 × 2) + (2).
      [n, 2, n, 3, 3, 2, 2],
      [...X.flat(), ...Wt.flat(), ...xwt],
      [...xwt, ...X.flatMap(() => b), ...Z.flat()],
    ],
    readouts: { 'Z shape': `${n} × 2`, 'row 1 of Z': row(0), ...(n > 1 ? { [`row ${n} of Z`]: row(n - 1) } : {}) },
    printed: { XWt: XWt.flat(), Z: Z.flat(), 'Z shape': [n, 2] },
  };
}
