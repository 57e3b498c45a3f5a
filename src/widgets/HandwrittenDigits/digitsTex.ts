import { texNumber } from '../../components/format';
import { logSumExp } from '../../core/softmax';
import { num, relation, sym } from '../shared/liveTex';

/** z⁽¹⁾ = W⁽¹⁾x + b⁽¹⁾ with the shapes of the network in use: n hidden units, 784 inputs. */
export function firstLayerTex(hidden: number | null): string {
  const n = hidden === null ? 'n' : String(hidden);
  // Three short lines: the figure's equation column is narrow beside the drawing.
  return (
    `\\begin{aligned} ${sym('z', '\\mathbf{z}^{(1)}')} &= ${sym('w', '\\mathbf{W}^{(1)}')}\\,${sym('x', '\\mathbf{x}')} + ${sym('b', '\\mathbf{b}^{(1)}')} \\\\ ` +
    `(${n} \\times 1) &= (${n} \\times 784)\\,(784 \\times 1) \\\\ &\\quad + (${n} \\times 1) \\end{aligned}`
  );
}

/** Softmax for the digit read: the formula, then z of that digit and Σ e^z substituted. */
export function softmaxTex(z: ArrayLike<number> | null, p: ArrayLike<number> | null, k: number): string {
  const zk = sym('z', 'z_k'), zj = sym('z', 'z_j');
  const formula = `${sym('a', 'p_k')} &= \\frac{e^{${zk}}}{\\sum_{j=0}^{9} e^{${zj}}}`;
  if (!z || !p || k < 0) return `\\begin{aligned} ${formula} \\end{aligned}`;
  const top = Math.exp(z[k]), sum = Math.exp(logSumExp(z));
  return (
    `\\begin{aligned} ${formula} \\\\ ` +
    `${sym('a', `p_{${k}}`)} &= \\frac{e^{${num('z', z[k])}}}{\\sum_{j=0}^{9} e^{${zj}}} = \\frac{${texNumber(top)}}{${texNumber(sum)}} ${relation(p[k])} ${num('a', p[k])} \\end{aligned}`
  );
}

/** Cross-entropy of the probabilities against the digit the reader meant, y. */
export function crossEntropyTex(p: ArrayLike<number> | null, y: number): string {
  const formula = `\\ell &= -\\ln ${sym('a', `p_{${sym('y', 'y')}}`)}`;
  if (!p) return `\\begin{aligned} ${formula} \\end{aligned}`;
  const loss = -Math.log(Math.max(p[y], Number.MIN_VALUE));
  return `\\begin{aligned} ${formula} = -\\ln ${sym('a', `p_{${num('y', y)}}`)} \\\\ &= -\\ln ${num('a', p[y])} ${relation(loss)} ${texNumber(loss)} \\end{aligned}`;
}
