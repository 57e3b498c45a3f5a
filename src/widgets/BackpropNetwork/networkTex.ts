import { texTerm, type TermName } from '../../components/texTerms';
import { relation, sym } from '../shared/liveTex';
import { bmatrix, relationOfAll } from '../shared/matrixTex';
import { numTex, result } from '../shared/shownNumbers';
import type { NetworkState } from './params';
import { RESULT_DIGITS, type NetworkValues } from './networkValues';

type V = NetworkValues & NetworkState;

const R = RESULT_DIGITS;
const layer = (l: number) => `^{(${l})}`;
/** A coloured number at `digits` decimals; parenthesised when negative, for products. */
const n = (term: TermName, x: number, digits = 3, parens = false) => texTerm(term, parens && x < 0 ? `(${numTex(x, digits)})` : numTex(x, digits));
const column = (term: TermName, xs: readonly number[], digits = 3) => bmatrix(xs.map((x) => [n(term, x, digits)]));
const row = (term: TermName, xs: readonly number[], digits = 3) => bmatrix([xs.map((x) => n(term, x, digits))]);
const d = (top: string, bottom: string) => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;
// Layer 1 has two units (bold vectors, as the essay writes them); the output is one number.
const bold = (l: number, letter: string) => (l === 1 ? `\\mathbf{${letter}}` : letter);
const delta = (l: number) => `${l === 1 ? '\\boldsymbol{\\delta}' : '\\delta'}${layer(l)}`;
const A = (l: number) => sym('a', `${bold(l, 'a')}${layer(l)}`);
const Z = (l: number) => sym('z', `${bold(l, 'z')}${layer(l)}`);
const W = (l: number) => sym('w', `\\mathbf{W}${layer(l)}`);
/** σ of anything but 0 is irrational: "≈", except where every z is 0 and σ(0) = ½ is exact. */
const sigmaRelation = (zs: readonly number[], values: readonly number[], digits: number) =>
  zs.every((z) => z === 0) ? relationOfAll(values, digits) : '\\approx';

/** z⁽¹⁾ = W⁽¹⁾x + b⁽¹⁾, a⁽¹⁾ = σ(z⁽¹⁾), z⁽²⁾ = W⁽²⁾a⁽¹⁾ + b⁽²⁾, a⁽²⁾ = σ(z⁽²⁾) and L, with the numbers. */
export function forwardTex(v: V): string {
  const z1 = v.pass.zs[0], z2 = v.pass.zs[1][0];
  const { hiddenA, outputA } = v.digits;
  const W1 = bmatrix([[n('w', v.w1_11), n('w', v.w1_12)], [n('w', v.w1_21), n('w', v.w1_22)]]);
  const z2Exact = z1.every((z) => z === 0);
  return (
    `\\begin{aligned} ${Z(1)} &= ${W(1)}${sym('x', '\\mathbf{x}')} + ${sym('b', `\\mathbf{b}${layer(1)}`)} = ${W1}${column('x', [v.x1, v.x2])} + ${column('b', [v.b1_1, v.b1_2])} ${relationOfAll(z1)} ${column('z', z1)} \\\\ ` +
    `${A(1)} &= \\sigma(${Z(1)}) ${sigmaRelation(z1, v.a1, hiddenA)} ${column('a', v.a1, hiddenA)} \\\\ ` +
    `${Z(2)} &= ${W(2)}${A(1)} + ${sym('b', `b${layer(2)}`)} = ${row('w', [v.w2_1, v.w2_2])}${column('a', v.a1, hiddenA)} ${v.b2 < 0 ? '-' : '+'} ${n('b', Math.abs(v.b2))} ${z2Exact ? relation(z2) : '\\approx'} ${n('z', z2)} \\\\ ` +
    `${A(2)} &= \\sigma(${Z(2)}) ${sigmaRelation([z2], [v.a2], outputA)} ${n('a', v.a2, outputA)} \\\\ ` +
    `L &= \\tfrac{1}{2}(${A(2)} - ${sym('y', 'y')})^2 = \\tfrac{1}{2}(${n('a', v.a2, outputA)} - ${n('y', v.y)})^2 ${result(v.pass.loss, R, z2 === 0)} \\end{aligned}`
  );
}

/** δ⁽²⁾ = (a⁽²⁾ − y) ⊙ σ′(z⁽²⁾): how much the loss moves per unit of the output's z. */
export function outputDeltaTex(v: V): string {
  const F = v.digits.factors;
  return (
    `${delta(2)} = (${A(2)} - ${sym('y', 'y')}) \\odot \\sigma'(${Z(2)}) = (${n('a', v.a2, F)} - ${n('y', v.y)}) \\cdot ${numTex(v.s2, F)} \\approx ${numTex(v.d2, R)}`
  );
}

/** δ⁽¹⁾ = (W⁽²⁾)ᵀ δ⁽²⁾ ⊙ σ′(z⁽¹⁾): the output's error sent back along each weight, times each unit's slope. */
export function hiddenDeltaTex(v: V): string {
  const F = v.digits.factors;
  return (
    `${delta(1)} = (${W(2)})^{\\top} ${delta(2)} \\odot \\sigma'(${Z(1)}) = ` +
    `${column('w', [v.w2_1, v.w2_2])} ${v.d2 < 0 ? `(${numTex(v.d2, F)})` : numTex(v.d2, F)} \\odot ${bmatrix(v.s1.map((x) => [numTex(x, F)]))} \\approx ${bmatrix(v.d1.map((x) => [numTex(x, R)]))}`
  );
}

/** ∂L/∂W⁽ˡ⁾ = δ⁽ˡ⁾ (a⁽ˡ⁻¹⁾)ᵀ: each weight's gradient is its unit's δ times its input. */
export function weightGradientTex(v: V): string {
  const F = v.digits.factors;
  const g2 = v.pass.dW[1][0], g1 = v.pass.dW[0];
  return (
    `\\begin{aligned} ${d('L', `\\mathbf{W}${layer(2)}`)} &= ${delta(2)} (${A(1)})^{\\top} = ${v.d2 < 0 ? `(${numTex(v.d2, F)})` : numTex(v.d2, F)} ${row('a', v.a1, F)} \\approx ${bmatrix([g2.map((g) => numTex(g, R))])} \\\\[0.3em] ` +
    `${d('L', `\\mathbf{W}${layer(1)}`)} &= ${delta(1)} ${sym('x', '\\mathbf{x}')}^{\\top} = ${bmatrix(v.d1.map((x) => [numTex(x, F)]))} ${row('x', [v.x1, v.x2])} \\approx ${bmatrix(g1.map((r) => r.map((g) => numTex(g, R))))} \\end{aligned}`
  );
}

/** ∂L/∂b⁽ˡ⁾ = δ⁽ˡ⁾: a bias's input is always 1. */
export function biasGradientTex(v: V): string {
  return (
    `${d('L', `b${layer(2)}`)} = ${delta(2)} \\approx ${numTex(v.d2, R)}, \\qquad ` +
    `${d('L', `\\mathbf{b}${layer(1)}`)} = ${delta(1)} \\approx ${bmatrix(v.d1.map((x) => [numTex(x, R)]))}`
  );
}
