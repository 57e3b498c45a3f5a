import { createRng, fillNormal } from '../../core';
import { formatNumber } from '../../components/format';
import type { OracleView } from '../../test/oracle';
import type { WhySwitchState } from './params';

type M2 = number[]; // [a, b, c, d] = [[a, b], [c, d]]
const apply = (W: M2, h: number[]) => [W[0] * h[0] + W[1] * h[1], W[2] * h[0] + W[3] * h[1]];
const times = (A: M2, B: M2): M2 => [A[0] * B[0] + A[1] * B[2], A[0] * B[1] + A[1] * B[3], A[2] * B[0] + A[3] * B[2], A[2] * B[1] + A[3] * B[3]];
const vec = (v: number[]) => `(${formatNumber(v[0])}, ${formatNumber(v[1])})`;

/**
 * By hand: k He-normal 2×2 layers (variance 2/2 = 1) from one seeded generator, rounded to 3
 * decimals as the figure shows them; the stack applied layer by layer, P multiplied out.
 */
export function oracle(s: WhySwitchState): OracleView {
  const rng = createRng(s.seed);
  const layers = Array.from({ length: s.k }, () => Array.from(fillNormal(rng, new Float64Array(4), 0, 1), (w) => Math.round(w * 1000) / 1000));
  const x = [s.x1, s.x2];
  const f = s.act === 'relu' ? (z: number) => Math.max(0, z) : Math.tanh;
  let stacked = x;
  let bent = x;
  let P: M2 = [1, 0, 0, 1];
  layers.forEach((W, i) => {
    stacked = apply(W, stacked);
    bent = apply(W, bent);
    if (i < s.k - 1) bent = bent.map(f);
    P = times(W, P);
  });
  const single = apply(P, x);
  const down = Array.from({ length: s.k }, (_, i) => s.k - i); // W_k … W_1
  const withSwitch = s.activation ? [...down, ...bent] : [];
  const name = s.act === 'relu' ? 'ReLU' : 'tanh';
  return {
    equations: [
      [...down, ...P],
      // Stack W_k(…W_1 x), then P x = [P][x] and its result, then (on) W_k f(… W_1 x).
      [...down, ...stacked, ...P, ...x, ...single, ...withSwitch],
      // In the view: W_k … W_1, every matrix written out from W_k down, and P.
      [...down, ...[...layers].reverse().flat(), ...P],
    ],
    readouts: {
      'stack of layers': vec(stacked),
      'one layer P x': vec(single),
      ...(s.activation ? { [`with ${name} between`]: vec(bent) } : {}),
    },
    printed: { 'stack of layers': stacked, 'one layer P x': single, ...(s.activation ? { [`with ${name} between`]: bent } : {}) },
  };
}
