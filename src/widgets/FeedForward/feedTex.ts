import { activationRelation, num, relation, signedSum, sym } from '../shared/liveTex';
import { activationTex } from '../shared/activationNames';
import { relationOfAll } from '../shared/matrixTex';
import type { ActivationName } from '../../core';
import type { TermName } from '../../components/texTerms';
import type { FeedValues } from './feedMath';
import type { NodeRef } from './selection';

/** A weight (3 decimals) times an input (1 decimal) has 4: layer 1's products are shown exactly. */
const PRODUCT_DIGITS = 4;

/** a⁽¹⁾ = f(W⁽¹⁾x + b⁽¹⁾), a⁽²⁾ = f(W⁽²⁾a⁽¹⁾ + b⁽²⁾), … for L layers. */
export function networkTex(layers: number, act: ActivationName): string {
  const f = activationTex[act];
  const lines = Array.from({ length: layers }, (_, i) => {
    const l = i + 1;
    const prev = l === 1 ? sym('x', 'x') : sym('a', `a^{(${l - 1})}`);
    return `${sym('a', `a^{(${l})}`)} &= ${f}\\big(${sym('w', `W^{(${l})}`)} ${prev} + ${sym('b', `b^{(${l})}`)}\\big)`;
  });
  return `\\begin{aligned} ${lines.join(' \\\\ ')} \\end{aligned}`;
}

/** Terms split into lines of `per`, continuation lines indented: "a + b \\ &\quad + c". */
function chunked(parts: string[], per: number): string {
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += per) lines.push(parts.slice(i, i + per).join(' + '));
  return lines.join(' \\\\ &\\quad + ');
}

/** Signed values split into lines of `per` ("1 - 0.6 \\ &\quad + 0.4"), the sign carried to each new line. */
function chunkedSum(values: { value: number; term?: TermName }[], per: number, digits: number): string {
  const lines: string[] = [];
  for (let i = 0; i < values.length; i += per) {
    const text = signedSum(values.slice(i, i + per), digits);
    lines.push(i === 0 ? text : text.startsWith('-') ? `- ${text.slice(1)}` : `+ ${text}`);
  }
  return lines.join(' \\\\ &\\quad ');
}

/**
 * One node's own equation: z = Σₖ Wⱼₖ aₖ + bⱼ, its numbers (two products a line), the products
 * added (four a line), then a = f(z). Inputs are just given. "=" only where nothing shown is rounded.
 */
export function nodeTex(v: FeedValues, { l, j }: NodeRef, act: ActivationName): string {
  if (l === 0) return `${sym('x', `x_{${j + 1}}`)} ${relation(v.as[0][j])} ${num('x', v.as[0][j])} \\quad \\text{(an input: given, not computed)}`;
  const W = v.weights[l - 1];
  const prev = v.as[l - 1];
  const ks = Array.from({ length: W.cols }, (_, k) => k);
  const w = (k: number) => W.data[j * W.cols + k];
  const term: TermName = l === 1 ? 'x' : 'a';
  const prevSym = (k: number) => sym(term, l === 1 ? `x_{${k + 1}}` : `a^{(${l - 1})}_{${k + 1}}`);
  const b = v.biases[l - 1][j];
  const z = v.zs[l - 1][j];
  const a = v.as[l][j];
  const products = ks.map((k) => w(k) * prev[k]);
  const symbols = ks.map((k) => `${sym('w', `W^{(${l})}_{${j + 1},${k + 1}}`)}${prevSym(k)}`);
  const numbers = ks.map((k) => `${num('w', w(k), { parens: true })} \\cdot ${num(term, prev[k], { parens: true })}`);
  const shownInputs = relationOfAll([...prev, b]);
  const shownProducts = shownInputs === '=' ? relationOfAll(products, PRODUCT_DIGITS) : shownInputs;
  const sum = chunkedSum([...products.map((value) => ({ value })), { value: b, term: 'b' }], 4, PRODUCT_DIGITS);
  return (
    `\\begin{aligned} ${sym('z', `z^{(${l})}_{${j + 1}}`)} &= ${chunked([...symbols, sym('b', `b^{(${l})}_{${j + 1}}`)], 3)} \\\\ ` +
    `&${shownInputs} ${chunked([...numbers, num('b', b, { parens: true })], 2)} \\\\ ` +
    `&${shownProducts} ${sum} \\\\ &${shownProducts === '=' ? relation(z) : '\\approx'} ${num('z', z)} \\\\ ` +
    `${sym('a', `a^{(${l})}_{${j + 1}}`)} &= ${activationTex[act]}(${num('z', z)}) ${activationRelation(act, z, a)} ${num('a', a)} \\end{aligned}`
  );
}
