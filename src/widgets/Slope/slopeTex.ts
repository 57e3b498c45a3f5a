import { num, relation, sym } from '../shared/liveTex';
import { texNumber } from '../../components/format';
import type { SlopeFunction } from './slopeMath';

export interface SlopeTexValues {
  fn: SlopeFunction;
  w: number;
  h: number;
  fPlus: number;
  fMinus: number;
  fd: number;
  exact: number;
}

const name = (fn: SlopeFunction) => (fn === 'loss' ? 'L' : 'f');

/** The central difference in three stages: symbols, the two values substituted, the slope. */
export function finiteDifferenceTex(v: SlopeTexValues): string {
  const F = name(v.fn);
  const W = sym('w', 'w');
  const H = 'h';
  const hN = texNumber(v.h, 4);
  return (
    `\\begin{aligned} & \\frac{${F}(${W} + ${H}) - ${F}(${W} - ${H})}{2${H}} \\\\ ` +
    `&= \\frac{${texNumber(v.fPlus, 4)} - ${texNumber(v.fMinus, 4, { parens: true })}}{2 \\cdot ${hN}} \\\\ ` +
    `&${relation(v.fd, 4)} ${texNumber(v.fd, 4)} \\end{aligned}`
  );
}

/** The exact derivative at w, written for the chosen function. */
export function exactTex(v: SlopeTexValues): string {
  const F = name(v.fn);
  const wN = num('w', v.w, { parens: true });
  const formula =
    v.fn === 'loss'
      ? `(${sym('a', 'a')} - ${sym('y', 'y')})\\,${sym('a', 'a')}(1 - ${sym('a', 'a')})\\,${sym('x', 'x_1')}`
      : `${wN}^2 - 1`;
  return `\\begin{aligned} \\frac{d${F}}{d${sym('w', 'w')}} &= ${formula} \\\\ &${relation(v.exact, 4)} ${texNumber(v.exact, 4)} \\end{aligned}`;
}
