import { num, relation, signedSum, sym } from '../shared/liveTex';
import { relationOfAll } from '../shared/matrixTex';
import type { LayerValues } from './layerMath';

/** A weight (3 decimals) times an input (1 decimal) has 4: the products are shown exactly. */
const PRODUCT_DIGITS = 4;

/** Shapes of z = Wx + b: (nOut × nIn)·(nIn) + (nOut) = (nOut). */
export function shapesTex(nIn: number, nOut: number): string {
  return (
    `\\underbrace{(${nOut} \\times ${nIn})}_{${sym('w', '\\mathbf{W}')}} \\cdot \\underbrace{(${nIn})}_{${sym('x', 'x')}} + ` +
    `\\underbrace{(${nOut})}_{${sym('b', '\\mathbf{b}')}} = \\underbrace{(${nOut})}_{${sym('z', '\\mathbf{z}')}}`
  );
}

/** Terms two or four a line: continuation lines indented, each starting with its operator. */
function lines(parts: string[], per: number): string {
  return parts.map((part, i) => (i === 0 ? part : i % per === 0 ? ` \\\\ &\\quad + ${part}` : ` + ${part}`)).join('');
}

/**
 * The picked neuron's row of the layer: z_j = Σ_k W_jk x_k + b_j — symbols, numbers (two
 * products a line), products added, result. Beyond 3 inputs only the first two and the last
 * term are written.
 */
export function rowTex(v: LayerValues): string {
  const j = v.picked;
  const row = j + 1;
  const gap = v.nIn > 3;
  const ks = gap ? [0, 1, v.nIn - 1] : Array.from({ length: v.nIn }, (_, k) => k);
  const withDots = (parts: string[]) => (gap ? [...parts.slice(0, -1), '\\dots', parts[parts.length - 1]] : parts);
  const w = (k: number) => v.W.data[j * v.nIn + k];
  const b = num('b', v.bias[j], { parens: true });
  const symbols = withDots(ks.map((k) => `${sym('w', `W_{${row},${k + 1}}`)}${sym('x', `x_{${k + 1}}`)}`));
  const numbers = withDots(ks.map((k) => `${num('w', w(k), { parens: true })} \\cdot ${num('x', v.x[k], { parens: true })}`));
  const products = ks.map((k) => w(k) * v.x[k]);
  const terms = products.map((value) => ({ value }));
  // With a gap the last product follows "+ \dots", its sign written as the operator.
  const last = signedSum(terms.slice(-1), PRODUCT_DIGITS);
  const tail = last.startsWith('-') ? ` - ${last.slice(1)}` : ` + ${last}`;
  const sum = gap ? `${signedSum(terms.slice(0, -1), PRODUCT_DIGITS)} + \\dots${tail}` : signedSum(terms, PRODUCT_DIGITS);
  const shown = relationOfAll([...v.x, v.bias[j]]);
  const shownProducts = shown === '=' ? relationOfAll(products, PRODUCT_DIGITS) : shown;
  return (
    `\\begin{aligned} ${sym('z', `z_{${row}}`)} &= ${lines([...symbols, sym('b', `b_{${row}}`)], 4)} \\\\ ` +
    `&${shown} ${lines([...numbers, b], 2)} \\\\ ` +
    `&${shownProducts} ${sum} + ${b} \\\\ &${shownProducts === '=' ? relation(v.z[j]) : '\\approx'} ${num('z', v.z[j])} \\end{aligned}`
  );
}

/** Number of parameters: nOut · nIn + nOut. */
export function parametersTex(nIn: number, nOut: number): string {
  return `\\text{parameters} = ${nOut} \\cdot ${nIn} + ${nOut} = ${nOut * nIn + nOut}`;
}
