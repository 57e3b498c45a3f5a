import type { OracleView } from '../../test/oracle';
import { sampleState } from '../../test/sampleState';
import { params, type LossCurveState } from './params';

/** Random states, one in four at a saturated corner (a within 10⁻⁶ of 0 or 1, tiny losses). */
export function sample(random: () => number): LossCurveState {
  const s = sampleState(params, random);
  if (random() > 0.25) return s;
  const w = random() < 0.5 ? -3 : 3;
  return { ...s, w1: w, w2: w, y: [0, 0.5, 1][Math.floor(random() * 3)] };
}

/** By hand: z = 2·w1 + 3·w2 + 0.1, a = σ(z), then the loss; its lowest point by a fine scan. */
export function oracle(s: LossCurveState): OracleView {
  const lossOf = (w1: number, w2: number) => {
    const z = 2 * w1 + 3 * w2 + 0.1;
    const a = 1 / (1 + Math.exp(-z));
    const oneMinusA = 1 / (1 + Math.exp(z));
    const L = s.loss === 'mse' ? 0.5 * (a - s.y) ** 2 : -(s.y > 0 ? s.y * Math.log(a) : 0) - (s.y < 1 ? (1 - s.y) * Math.log(oneMinusA) : 0);
    return { z, a, oneMinusA, L };
  };
  const { z, a, oneMinusA, L } = lossOf(s.w1, s.w2);
  // The lowest point of the swept curve on a grid of 10⁻⁴ over −3…3, within the shown rounding.
  let best = -3;
  let bestL = Infinity;
  for (let k = 0; k <= 60000; k++) {
    const w = -3 + k / 10000;
    const Lw = s.sweep === 'w1' ? lossOf(w, s.w2).L : lossOf(s.w1, w).L;
    if (Lw < bestL) [best, bestL] = [w, Lw];
  }
  const forward = [1, 2, 2, 3, 0.1, s.w1, 2, s.w2, 3, 0.1, z, z, a];
  const loss =
    s.loss === 'mse'
      ? [1, 2, 2, 1, 2, a, -s.y, 2, L]
      : [1, 1, ...(s.y > 0 ? [-s.y, a] : []), ...(s.y < 1 ? [-(1 - s.y), oneMinusA] : []), L];
  return {
    equations: [forward, loss],
    readouts: { a, y: s.y, L, [`lowest L at ${s.sweep}`]: best },
    printed: { z, a, L },
  };
}
