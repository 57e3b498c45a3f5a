import { num, relation, signedSum, sym } from '../shared/liveTex';
import type { LayerValues } from './layerMath';

/** Shapes of z = Wx + b: (nOut × nIn)·(nIn) + (nOut) = (nOut). */
export function shapesTex(nIn: number, nOut: number): string {
  return (
    `\\underbrace{(${nOut} \\times ${nIn})}_{${sym('w', '\\mathbf{W}')}} \\cdot \\underbrace{(${nIn})}_{${sym('x', 'x')}} + ` +
    `\\underbrace{(${nOut})}_{${sym('b', '\\mathbf{b}')}} = \\underbrace{(${nOut})}_{${sym('z', '\\mathbf{z}')}}`
  );
}

/** One neuron's row of the layer: z_j = Σ_k W_jk x_k + b_j, symbols, numbers, result (… beyond 4 inputs). */
export function rowTex(v: LayerValues, j: number): string {
  const row = j + 1;
  const gap = v.nIn > 4;
  const ks = gap ? [0, 1, 2, v.nIn - 1] : Array.from({ length: v.nIn }, (_, k) => k);
  const join = (parts: string[]) => (gap ? [...parts.slice(0, 3), '\\dots', parts[3]] : parts).join(' + ');
  const w = (k: number) => v.W.data[j * v.nIn + k];
  const symbols = join(ks.map((k) => `${sym('w', `W_{${row},${k + 1}}`)}${sym('x', `x_{${k + 1}}`)}`));
  const numbers = join(ks.map((k) => `${num('w', w(k), { parens: true })} \\cdot ${num('x', v.x[k], { parens: true })}`));
  const terms = ks.map((k) => ({ value: w(k) * v.x[k] }));
  const last = gap ? signedSum([terms[3]]) : '';
  const tail = last.startsWith('-') ? ` - ${last.slice(1)}` : ` + ${last}`;
  const products = gap ? `${signedSum(terms.slice(0, 3))} + \\dots${tail}` : signedSum(terms);
  const bj = v.bias[j];
  return (
    `\\begin{aligned} ${sym('z', `z_{${row}}`)} &= ${symbols} + ${sym('b', `b_{${row}}`)} \\\\ ` +
    `&= ${numbers} + ${num('b', bj, { parens: true })} \\\\ ` +
    `&= ${products} + ${num('b', bj, { parens: true })} ${relation(v.z[j])} ${num('z', v.z[j])} \\end{aligned}`
  );
}

/** Number of parameters: nOut · nIn + nOut. */
export function parametersTex(nIn: number, nOut: number): string {
  return `\\text{parameters} = ${nOut} \\cdot ${nIn} + ${nOut} = ${nOut * nIn + nOut}`;
}
