import { signedSum, sym } from '../shared/liveTex';
import { bmatrix, columnTex, numberMatrix, relationOfAll, rowHighlight } from '../shared/matrixTex';
import type { LayerValues } from './layerMath';

/** A weight (3 decimals) times an input (1 decimal) has 4 decimals: shown in full, the sums add up. */
const PRODUCT_DIGITS = 4;

/**
 * z = Wx + b in stages: the symbols, the numbers substituted, each row's products summed,
 * and the result. Row i of W, b and z carries neuron i's highlight.
 */
export function layerTex(v: LayerValues): string {
  const symbols = `${sym('z', '\\mathbf{z}')} &= ${sym('w', '\\mathbf{W}')}${sym('x', '\\mathbf{x}')} + ${sym('b', '\\mathbf{b}')}`;
  const W = numberMatrix(v.W, 'w', { highlightRows: true });
  const b = columnTex(v.b, 'b', { highlightRows: true });
  const substituted = `&${relationOfAll([...v.x, ...v.b])} ${W} ${columnTex(v.x, 'x')} + ${b}`;
  const products = v.W.map((row) => row.map((w, j) => w * v.x[j]));
  const sums = bmatrix(products.map((row, i) => [rowHighlight(i, signedSum(row.map((value) => ({ value })), PRODUCT_DIGITS))]));
  const summed = `&${relationOfAll(products.flat(), PRODUCT_DIGITS)} ${sums} + ${b}`;
  const result = `&${relationOfAll(v.z)} ${columnTex(v.z, 'z', { highlightRows: true })}`;
  return `\\begin{aligned} ${symbols} \\\\ ${substituted} \\\\ ${summed} \\\\ ${result} \\end{aligned}`;
}
