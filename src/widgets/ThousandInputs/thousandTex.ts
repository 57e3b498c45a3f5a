import { num, relation, signedSum, sym } from '../shared/liveTex';
import { texNumber } from '../../components/format';
import { shownTerms, type ThousandValues } from './thousandMath';

const n1 = (i: number) => String(i + 1);
/** Hundredths times thousandths: a product has at most five decimals, all written. */
const PRODUCT_DIGITS = 5;

/** z = Σ wᵢxᵢ + b for n inputs: the first two and the last term, "…" for the rest. */
export function thousandTex(v: ThousandValues, b: number): string {
  const { indices, gap } = shownTerms(v.n);
  const join = (parts: string[]) => (gap ? [...parts.slice(0, -1), '\\dots', parts[parts.length - 1]] : parts).join(' + ');
  const symbols = join(indices.map((i) => `${sym('w', `w_{${n1(i)}}`)}${sym('x', `x_{${n1(i)}}`)}`));
  const numberTerms = indices.map((i) => `${num('w', v.w[i], { parens: true })} \\cdot ${num('x', v.x[i])}`);
  // With a gap the numbers line is the widest: break it before the last term.
  const numbers = gap
    ? `${numberTerms.slice(0, -1).join(' + ')} + \\dots \\\\ &\\quad + ${numberTerms[numberTerms.length - 1]}`
    : numberTerms.join(' + ');
  const terms = indices.map((i) => ({ value: v.products[i] }));
  const last = gap ? signedSum([terms[terms.length - 1]], PRODUCT_DIGITS) : '';
  const tail = last.startsWith('-') ? ` - ${last.slice(1)}` : ` + ${last}`;
  const products = gap ? `${signedSum(terms.slice(0, -1), PRODUCT_DIGITS)} + \\dots${tail}` : signedSum(terms, PRODUCT_DIGITS);
  const nText = texNumber(v.n, 0);
  return (
    `\\begin{aligned} ${sym('z', 'z')} &= \\sum_{i=1}^{${nText}} ${sym('w', 'w_i')}${sym('x', 'x_i')} + ${sym('b', 'b')} ` +
    `\\\\ &= ${symbols} + ${sym('b', 'b')} \\\\ ` +
    `&= ${numbers} + ${num('b', b, { parens: true })} \\\\ ` +
    `&= ${products} + ${num('b', b, { parens: true })} \\\\ &${relation(v.z)} ${num('z', v.z)} \\end{aligned}`
  );
}
