import { num, relation, signedSum, sym } from '../shared/liveTex';
import { bmatrix, columnTex, rowHighlight } from '../shared/matrixTex';
import type { LayerValues } from './layerMath';

/** A weight (3 decimals) times an input (1 decimal) has 4 decimals: shown in full, the sums add up. */
const PRODUCT_DIGITS = 4;
const allExact = (values: ArrayLike<number>, digits = 3) =>
  Array.from(values).every((x) => relation(x, digits) === '=') ? '=' : '\\approx';

/**
 * z = Wx + b in stages: the symbols, the numbers substituted, each row's products summed,
 * and the result. Row i of W, b and z carries neuron i's highlight.
 */
export function layerTex(v: LayerValues): string {
  const symbols = `${sym('z', '\\mathbf{z}')} &= ${sym('w', '\\mathbf{W}')}${sym('x', '\\mathbf{x}')} + ${sym('b', '\\mathbf{b}')}`;
  const W = bmatrix(v.W.map((row, i) => row.map((w) => rowHighlight(i, num('w', w)))));
  const b = columnTex(v.b, 'b', true);
  const substituted = `&${allExact([...v.x, ...v.b])} ${W} ${columnTex(v.x, 'x')} + ${b}`;
  const products = v.W.map((row) => row.map((w, j) => w * v.x[j]));
  const sums = bmatrix(products.map((row, i) => [rowHighlight(i, signedSum(row.map((value) => ({ value })), PRODUCT_DIGITS))]));
  const summed = `&${allExact(products.flat(), PRODUCT_DIGITS)} ${sums} + ${b}`;
  return `\\begin{aligned} ${symbols} \\\\ ${substituted} \\\\ ${summed} \\\\ &${allExact(v.z)} ${columnTex(v.z, 'z', true)} \\end{aligned}`;
}
