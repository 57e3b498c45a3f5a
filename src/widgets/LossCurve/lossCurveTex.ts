import { decimalsToReproduce, exampleNeuron } from '../../core';
import { texNumber } from '../../components/format';
import { activationRelation, num, relation, sym } from '../shared/liveTex';
import { numTex, read } from '../shared/shownNumbers';
import type { LossCurveState } from './params';

export interface LossCurveValues extends LossCurveState {
  z: number;
  a: number;
  /** 1 − a, from σ(−z): near a = 1 the difference 1 − a keeps only about nine digits. */
  oneMinusA: number;
  L: number;
  /** Decimals of a and 1 − a in the equations (see aDecimals). */
  aDigits: number;
}

/**
 * "=" before the squared error where it is exact, else "≈". What σ makes of z is never a short
 * decimal except σ(0) = ½ (z is on a 0.01 grid, so below 10⁻⁹ it is 0), whatever floating point
 * rounds it to; cross-entropy's logarithms never are.
 */
const squaredErrorRelation = (v: LossCurveValues) => (Math.abs(v.z) < 1e-9 ? relation(v.L) : '\\approx');

/** The loss of a as shown against y (terms with a zero factor dropped, so no 0·ln 0). */
function lossOfShown(v: Omit<LossCurveValues, 'aDigits'>, [a, oneMinusA]: readonly number[]): number {
  if (v.loss === 'mse') return 0.5 * (a - v.y) ** 2;
  return (v.y > 0 ? -v.y * Math.log(a) : 0) + (v.y < 1 ? -(1 - v.y) * Math.log(oneMinusA) : 0);
}

/** The decimals a and 1 − a need for the substituted loss to give the L shown. */
export const aDecimals = (v: Omit<LossCurveValues, 'aDigits'>) =>
  decimalsToReproduce([v.a, v.oneMinusA], [{ combine: (shown) => lossOfShown(v, shown), decimals: 3 }], read);

/** The loss in three stages: symbols, a and y substituted, the result. */
export function lossTex(v: LossCurveValues): string {
  const digits = v.aDigits;
  const A = sym('a', 'a');
  const Y = sym('y', 'y');
  const aN = num('a', v.a, { digits });
  const yN = num('y', v.y);
  if (v.loss === 'mse') {
    return `\\begin{aligned} L &= \\tfrac{1}{2}(${A} - ${Y})^2 \\\\ &= \\tfrac{1}{2}(${aN} - ${yN})^2 \\\\ &${squaredErrorRelation(v)} ${numTex(v.L)} \\end{aligned}`;
  }
  const terms = [
    v.y > 0 ? `-\\,${yN}\\ln(${aN})` : '',
    v.y < 1 ? `- ${num('y', 1 - v.y)}\\ln(${num('a', v.oneMinusA, { digits })})` : '',
  ].join(' ');
  return (
    `\\begin{aligned} L &= -\\,${Y}\\ln ${A} - (1 - ${Y})\\ln(1 - ${A}) \\\\ ` +
    `&= ${terms} \\\\ &\\approx ${numTex(v.L)} \\end{aligned}`
  );
}

const { x, b } = exampleNeuron;

/** The forward pass that produces a: z = w1·2 + w2·3 + 0.1, a = σ(z). */
export function forwardTex(v: LossCurveValues): string {
  const [x1, x2] = x.map((xi) => texNumber(xi));
  return (
    `\\begin{aligned} ${sym('z', 'z')} &= ${sym('w', 'w_1')}\\cdot ${x1} + ${sym('w', 'w_2')}\\cdot ${x2} + ${texNumber(b)} \\\\ ` +
    `&= ${num('w', v.w1, { parens: true })}\\cdot ${x1} + ${num('w', v.w2, { parens: true })}\\cdot ${x2} + ${texNumber(b)} \\\\ &${relation(v.z)} ${num('z', v.z)} \\\\ ` +
    `${sym('a', 'a')} &= \\sigma(${num('z', v.z)}) ${activationRelation('sigmoid', v.z, v.a, v.aDigits)} ${num('a', v.a, { digits: v.aDigits })} \\end{aligned}`
  );
}
