import { num, relation, signedSum, sym } from '../shared/liveTex';
import type { ActivationName } from '../../core/activations';
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

/** One node's own equation: z = Σₖ Wⱼₖ aₖ + bⱼ with its numbers, then a = f(z). Inputs are just given. */
export function nodeTex(v: FeedValues, l: number, j: number, act: ActivationName): string {
  if (l === 0) return `${sym('x', `x_{${j + 1}}`)} = ${num('x', v.as[0][j])} \\quad \\text{(an input: given, not computed)}`;
  const W = v.weights[l - 1];
  const prev = v.as[l - 1];
  const ks = Array.from({ length: W.cols }, (_, k) => k);
  const w = (k: number) => W.data[j * W.cols + k];
  const prevSym = (k: number) => (l === 1 ? sym('x', `x_{${k + 1}}`) : sym('a', `a^{(${l - 1})}_{${k + 1}}`));
  const prevNum = (k: number) => (l === 1 ? num('x', prev[k], { parens: true }) : num('a', prev[k], { parens: true }));
  const symbols = ks.map((k) => `${sym('w', `W^{(${l})}_{${j + 1},${k + 1}}`)}${prevSym(k)}`).join(' + ');
  const numbers = ks.map((k) => `${num('w', w(k), { parens: true })} \\cdot ${prevNum(k)}`).join(' + ');
  const b = v.biases[l - 1][j];
  const z = v.zs[l - 1][j];
  const a = v.as[l][j];
  const products = signedSum([...ks.map((k) => ({ value: w(k) * prev[k] })), { value: b, term: 'b' }]);
  const f = fname[act];
  return (
    `\\begin{aligned} ${sym('z', `z^{(${l})}_{${j + 1}}`)} &= ${symbols} + ${sym('b', `b^{(${l})}_{${j + 1}}`)} \\\\ ` +
    `&= ${numbers} + ${num('b', b, { parens: true })} \\\\ ` +
    `&= ${products} ${relation(z)} ${num('z', z)} \\\\ ` +
    `${sym('a', `a^{(${l})}_{${j + 1}}`)} &= ${f}(${num('z', z)}) ${relation(a)} ${num('a', a)} \\end{aligned}`
  );
}
