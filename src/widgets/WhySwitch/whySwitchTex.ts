import { texTerm } from '../../components/texTerms';
import { num, sym } from '../shared/liveTex';
import { bmatrix, columnTex } from '../shared/matrixTex';
import type { Matrix } from '../../core';
import type { Between } from './whySwitchMath';

const mat = (M: Matrix, term = 'w') =>
  bmatrix(Array.from({ length: M.rows }, (_, i) => Array.from({ length: M.cols }, (_, j) => num(term, M.data[i * M.cols + j]))));
const W = (i: number) => sym('w', `\\mathbf{W}_{${i}}`);

const names = (k: number) => Array.from({ length: k }, (_, i) => W(k - i)).join('');

/** P = W_k ⋯ W₁ ≈ [P]: the symbols and the result, for the narrow equation panel. */
export function productTex(k: number, P: Matrix): string {
  return `\\begin{aligned} ${texTerm('pm', '\\mathbf{P}')} &= ${names(k)} \\\\ &\\approx ${mat(P, 'pm')} \\end{aligned}`;
}

/** W_k ⋯ W₁ with every matrix written out, multiplied into P (the numbers substituted). */
export function productNumbersTex(layers: Matrix[], P: Matrix): string {
  const k = layers.length;
  const nums = layers.map((_, i) => mat(layers[k - 1 - i])).join('');
  return `\\begin{aligned} & ${names(k)} \\\\ &\\quad = ${nums} \\\\ &\\quad \\approx ${mat(P, 'pm')} \\end{aligned}`;
}

/** The nested application W_k(⋯ f(W₁x)), f omitted when nothing sits between layers. */
function nested(k: number, between: Between): string {
  const f = 'f';
  let inner = `${W(1)}${sym('x', '\\mathbf{x}')}`;
  for (let i = 2; i <= k; i++) inner = between === 'none' ? `${W(i)}(${inner})` : `${W(i)}\\,${f}(${inner})`;
  return inner;
}

/** Three lines: the stack layer by layer, the one matrix P, and (if on) the stack with f between. */
export function outputsTex(
  k: number,
  x: readonly number[],
  P: Matrix,
  stacked: ArrayLike<number>,
  single: ArrayLike<number>,
  between: Between,
  bent: ArrayLike<number> | null,
): string {
  const Px = `${texTerm('pm', '\\mathbf{P}')}${sym('x', '\\mathbf{x}')}`;
  const lines = [
    '& \\text{stack of layers:}',
    `& ${nested(k, 'none')} \\approx ${columnTex(stacked, 'z')}`,
    '& \\text{one layer:}',
    `& ${Px} = ${mat(P, 'pm')}${columnTex(x, 'x')}`,
    `& \\phantom{${Px}} \\approx ${columnTex(single, 'z')}`,
  ];
  if (bent && between !== 'none') {
    const f = between === 'relu' ? '\\operatorname{ReLU}' : '\\tanh';
    lines.push(`& \\text{with } f = ${f} \\text{ between layers:}`, `& ${nested(k, between)} \\approx ${columnTex(bent, 'a')}`);
  }
  return `\\begin{aligned} ${lines.join(' \\\\ ')} \\end{aligned}`;
}
