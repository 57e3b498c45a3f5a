import { approx, type OracleView } from '../../test/oracle';
import type { SlopeState } from './params';

const sigma = (z: number) => 1 / (1 + Math.exp(-z));

/** By hand: L(w) = ½(σ(2w − 0.6 + 0.1) − 1)² with slope (a − 1)·a(1 − a)·2, or f(w) = w³/3 − w with slope w² − 1. */
export function oracle(s: SlopeState): OracleView {
  const f = s.fn === 'loss' ? (w: number) => 0.5 * (sigma(2 * w - 0.5) - 1) ** 2 : (w: number) => w ** 3 / 3 - w;
  const a = sigma(2 * s.w - 0.5);
  const exact = s.fn === 'loss' ? (a - 1) * a * (1 - a) * 2 : s.w * s.w - 1;
  const up = f(s.w + s.h);
  const down = f(s.w - s.h);
  const fd = (up - down) / (2 * s.h);
  const four = (x: number) => approx(x, 4);
  // "L(w + h) − L(w − h)": the value after the minus reads negative, whether or not it is in brackets.
  const difference = [up, -Math.abs(down), 2, s.h, four(fd)];
  const slope = s.fn === 'loss' ? [1, 1, a, -1, a, 1, -a, 2, four(exact)] : [2, -1, s.w, 2, -1, four(exact)];
  return {
    equations: [difference, slope],
    readouts: {
      [s.fn === 'loss' ? 'L(w)' : 'f(w)']: four(f(s.w)),
      'finite difference': four(fd),
      'exact derivative': four(exact),
      difference: four(fd - exact),
    },
    printed: { slope: fd },
  };
}
