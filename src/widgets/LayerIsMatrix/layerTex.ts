import { num, relation, signedSum, sym } from '../shared/liveTex';
import type { LayerValues } from './layerMath';

/** Shapes of z = Wx + b: (nOut × nIn)·(nIn) + (nOut) = (nOut). */
export function shapesTex(nIn: number, nOut: number): string {
  return (
    `\\underbrace{(${nOut} \\times ${nIn})}_{${sym('w', '\\mathbf{W}')}} \\cdot \\underbrace{(${nIn})}_{${sym('x', 'x')}} + ` +
    `\\underbrace{(${nOut})}_{${sym('b', '\\mathbf{b}')}} = \\underbrace{(${nOut})}_{${sym('z', '\\mathbf{z}')}}`
  );
}

/** Terms split into lines of `per`, continuation lines indented. */
function chunked(parts: string[], per: number): string {
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += per) lines.push(parts.slice(i, i + per).join(' + '));
  return lines.join(' \\\\ &\\quad + ');
}

/**
 * One neuron's row of the layer: z_j = Σ_k W_jk x_k + b_j — symbols, numbers (two products a
 * line), products added, result. Beyond 3 inputs only the first two and the last term are written.
 */
export function rowTex(v: LayerValues, j: number): string {
  const row = j + 1;
  const gap = v.nIn > 3;
  const ks = gap ? [0, 1, v.nIn - 1] : Array.from({ length: v.nIn }, (_, k) => k);
  const withDots = (parts: string[]) => (gap ? [...parts.slice(0, -1), '\\dots', parts[parts.length - 1]] : parts);
  const w = (k: number) => v.W.data[j * v.nIn + k];
  const bj = v.bias[j];
  const symbols = withDots(ks.map((k) => `${sym('w', `W_{${row},${k + 1}}`)}${sym('x', `x_{${k + 1}}`)}`));
  const numbers = withDots(ks.map((k) => `${num('w', w(k), { parens: true })} \\cdot ${num('x', v.x[k], { parens: true })}`));
  const terms = ks.map((k) => ({ value: w(k) * v.x[k] }));
  const last = gap ? signedSum([terms[terms.length - 1]]) : '';
  const tail = last.startsWith('-') ? ` - ${last.slice(1)}` : ` + ${last}`;
  const products = gap ? `${signedSum(terms.slice(0, -1))} + \\dots${tail}` : signedSum(terms);
  return (
    `\\begin{aligned} ${sym('z', `z_{${row}}`)} &= ${chunked([...symbols, sym('b', `b_{${row}}`)], 4)} \\\\ ` +
    `&= ${chunked([...numbers, num('b', bj, { parens: true })], 2)} \\\\ ` +
    `&= ${products} + ${num('b', bj, { parens: true })} \\\\ &${relation(v.z[j])} ${num('z', v.z[j])} \\end{aligned}`
  );
}

/** Number of parameters: nOut · nIn + nOut. */
export function parametersTex(nIn: number, nOut: number): string {
  return `\\text{parameters} = ${nOut} \\cdot ${nIn} + ${nOut} = ${nOut * nIn + nOut}`;
}
