import { num, relation, signedSum, sym } from '../shared/liveTex';
import { bmatrix, columnTex, rowHighlight } from './matrixTex';

export interface LayerValues {
  W: readonly (readonly number[])[];
  x: readonly number[];
  b: readonly number[];
  /** Wx, one weighted sum per neuron. */
  wx: ArrayLike<number>;
  /** Wx + b. */
  z: ArrayLike<number>;
}

/**
 * z = Wx + b in stages: the symbols, the numbers substituted, each row's products summed,
 * and the result. Row i of W, b and z carries neuron i's highlight.
 */
export function layerTex(v: LayerValues): string {
  const symbols = `${sym('z', '\\mathbf{z}')} &= ${sym('w', '\\mathbf{W}')}${sym('x', '\\mathbf{x}')} + ${sym('b', '\\mathbf{b}')}`;
  const W = bmatrix(v.W.map((row, i) => row.map((w) => rowHighlight(i, num('w', w)))));
  const substituted = `&= ${W} ${columnTex(v.x, 'x')} + ${columnTex(v.b, 'b', true)}`;
  const sums = bmatrix(v.W.map((row, i) => [rowHighlight(i, signedSum(row.map((w, j) => ({ value: w * v.x[j] }))))]));
  const summed = `&${relation(v.wx[0]) === '=' && relation(v.wx[1]) === '=' ? '=' : '\\approx'} ${sums} + ${columnTex(v.b, 'b', true)}`;
  const exact = Array.from(v.z).every((z) => relation(z) === '=');
  const result = `&${exact ? '=' : '\\approx'} ${columnTex(v.z, 'z', true)}`;
  return `\\begin{aligned} ${symbols} \\\\ ${substituted} \\\\ ${summed} \\\\ ${result} \\end{aligned}`;
}
