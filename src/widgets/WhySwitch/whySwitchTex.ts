import { texTerm } from '../../components/texTerms';
import type { Matrix } from '../../core';
import { sym } from '../shared/liveTex';
import { activationTex } from '../shared/activationNames';
import { columnTex, matrixRows, numberMatrix, relationOfAll } from '../shared/matrixTex';
import type { Between, WhySwitchValues } from './whySwitchMath';

const mat = (M: Matrix, term = 'w') => numberMatrix(matrixRows(M), term);
const W = (i: number) => sym('w', `\\mathbf{W}^{(${i})}`);
const names = (k: number) => Array.from({ length: k }, (_, i) => W(k - i)).join('');
const P = texTerm('pm', '\\mathbf{P}');

/** P = W_k ⋯ W₁ ≈ [P]: the symbols and the result, for the narrow equation panel. */
export function productTex(v: WhySwitchValues): string {
  return `\\begin{aligned} ${P} &= ${names(v.k)} \\\\ &${relationOfAll(v.P.data)} ${mat(v.P, 'pm')} \\end{aligned}`;
}

/** W_k ⋯ W₁ with every matrix written out (their weights are exact), multiplied into P. */
export function productNumbersTex(v: WhySwitchValues): string {
  const nums = [...v.layers].reverse().map((M) => mat(M)).join('');
  return `\\begin{aligned} & ${names(v.k)} \\\\ &\\quad = ${nums} \\\\ &\\quad ${relationOfAll(v.P.data)} ${mat(v.P, 'pm')} \\end{aligned}`;
}

/** The nested application W_k(⋯ f(W₁x)), f omitted when nothing sits between layers. */
function nested(k: number, between: Between): string {
  let inner = `${W(1)}${sym('x', '\\mathbf{x}')}`;
  for (let i = 2; i <= k; i++) inner = between === 'none' ? `${W(i)}(${inner})` : `${W(i)}\\,f(${inner})`;
  return inner;
}

/**
 * The stack layer by layer, the one matrix P, and (if on) the stack with f between. Once P is
 * shown rounded, its product with x is only "≈" what the rounded P times x gives.
 */
export function outputsTex(v: WhySwitchValues): string {
  const Px = `${P}${sym('x', '\\mathbf{x}')}`;
  const shownP = relationOfAll([...v.P.data, ...v.x]);
  const lines = [
    '& \\text{stack of layers:}',
    `& ${nested(v.k, 'none')} ${relationOfAll(v.stacked)} ${columnTex(v.stacked, 'z')}`,
    '& \\text{one layer:}',
    `& ${Px} ${shownP} ${mat(v.P, 'pm')}${columnTex(v.x, 'x')}`,
    `& \\phantom{${Px}} ${shownP === '=' ? relationOfAll(v.single) : shownP} ${columnTex(v.single, 'z')}`,
  ];
  if (v.bent && v.between !== 'none') {
    lines.push(
      `& \\text{with } f = ${activationTex[v.between]} \\text{ between layers:}`,
      `& ${nested(v.k, v.between)} ${relationOfAll(v.bent)} ${columnTex(v.bent, 'a')}`,
    );
  }
  return `\\begin{aligned} ${lines.join(' \\\\ ')} \\end{aligned}`;
}
