import { num, relation, signedSum, sym } from '../shared/liveTex';
import type { ActivationName } from '../../core';
import type { FeedValues } from './feedMath';

const fname: Record<ActivationName, string> = { sigmoid: '\\sigma', relu: '\\operatorname{ReLU}', tanh: '\\tanh', linear: '' };

/** a⁽¹⁾ = f(W⁽¹⁾x + b⁽¹⁾), a⁽²⁾ = f(W⁽²⁾a⁽¹⁾ + b⁽²⁾), … for L layers. */
export function networkTex(layers: number, act: ActivationName): string {
  const f = fname[act];
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
function chunkedSum(values: { value: number; term?: string }[], per: number): string {
  const lines: string[] = [];
  for (let i = 0; i < values.length; i += per) {
    const text = signedSum(values.slice(i, i + per));
    lines.push(i === 0 ? text : text.startsWith('-') ? `- ${text.slice(1)}` : `+ ${text}`);
  }
  return lines.join(' \\\\ &\\quad ');
}

/**
 * One node's own equation: z = Σₖ Wⱼₖ aₖ + bⱼ, its numbers (two products a line), the products
 * added (four a line), then a = f(z). Inputs are just given.
 */
export function nodeTex(v: FeedValues, l: number, j: number, act: ActivationName): string {
  if (l === 0) return `${sym('x', `x_{${j + 1}}`)} = ${num('x', v.as[0][j])} \\quad \\text{(an input: given, not computed)}`;
  const W = v.weights[l - 1];
  const prev = v.as[l - 1];
  const ks = Array.from({ length: W.cols }, (_, k) => k);
  const w = (k: number) => W.data[j * W.cols + k];
  const prevSym = (k: number) => (l === 1 ? sym('x', `x_{${k + 1}}`) : sym('a', `a^{(${l - 1})}_{${k + 1}}`));
  const prevNum = (k: number) => (l === 1 ? num('x', prev[k], { parens: true }) : num('a', prev[k], { parens: true }));
  const b = v.biases[l - 1][j];
  const z = v.zs[l - 1][j];
  const a = v.as[l][j];
  const symbols = ks.map((k) => `${sym('w', `W^{(${l})}_{${j + 1},${k + 1}}`)}${prevSym(k)}`);
  const numbers = ks.map((k) => `${num('w', w(k), { parens: true })} \\cdot ${prevNum(k)}`);
  const products = chunkedSum([...ks.map((k) => ({ value: w(k) * prev[k] })), { value: b, term: 'b' }], 4);
  const f = fname[act];
  return (
    `\\begin{aligned} ${sym('z', `z^{(${l})}_{${j + 1}}`)} &= ${chunked([...symbols, sym('b', `b^{(${l})}_{${j + 1}}`)], 3)} \\\\ ` +
    `&= ${chunked([...numbers, num('b', b, { parens: true })], 2)} \\\\ ` +
    `&= ${products} \\\\ &${relation(z)} ${num('z', z)} \\\\ ` +
    `${sym('a', `a^{(${l})}_{${j + 1}}`)} &= ${f}(${num('z', z)}) ${relation(a)} ${num('a', a)} \\end{aligned}`
  );
}
