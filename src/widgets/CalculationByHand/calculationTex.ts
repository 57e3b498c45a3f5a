import { activationRelation, num, relation, signedSum, sym } from '../shared/liveTex';
import { activationTex as fname } from '../shared/activationNames';
import { texNumber } from '../../components/format';
import type { CalculationState } from './params';

export interface CalculationValues extends CalculationState {
  z: number;
  a: number;
}

/** z in three stages: the symbols, the numbers substituted, the products added up. */
export function weightedSumTex(v: CalculationValues): string {
  const symbols = `${sym('w', 'w_1')}${sym('x', 'x_1')} + ${sym('w', 'w_2')}${sym('x', 'x_2')} + ${sym('b', 'b')}`;
  const substituted =
    `${num('w', v.w1, { parens: true })} \\cdot ${num('x', v.x1, { parens: true })} + ` +
    `${num('w', v.w2, { parens: true })} \\cdot ${num('x', v.x2, { parens: true })} + ${num('b', v.b, { parens: true })}`;
  const products = signedSum([{ value: v.w1 * v.x1 }, { value: v.w2 * v.x2 }, { value: v.b, term: 'b' }]);
  return (
    `\\begin{aligned} ${sym('z', 'z')} &= ${symbols} \\\\ &= ${substituted} \\\\ ` +
    `&= ${products} ${relation(v.z)} ${num('z', v.z)} \\end{aligned}`
  );
}

/** −z as an exponent: "-0.5", "-(-0.3)", and "0" rather than "−0". */
function exponentOfMinus(z: number): string {
  const text = texNumber(z);
  if (text === '0') return '0';
  return z < 0 ? `-(${text})` : `-${text}`;
}

/** a = f(z), with sigmoid's formula written out as the essay does. */
export function activationTex(v: CalculationValues): string {
  const f = fname[v.act];
  const zText = num('z', v.z);
  const formula =
    v.act === 'sigmoid'
      ? ` = \\frac{1}{1 + e^{${exponentOfMinus(v.z)}}}`
      : v.act === 'relu'
        ? ` = \\max(0, ${zText})`
        : '';
  return `${sym('a', 'a')} = ${f}(${sym('z', 'z')}) = ${f}(${zText})${formula} ${activationRelation(v.act, v.z, v.a)} ${num('a', v.a)}`;
}
