import { num, relation, sym } from '../shared/liveTex';
import { texNumber } from '../../components/format';
import type { NeuronParams } from './backpropMath';

/** The neuron's inputs and parameters, plus what the forward and backward passes computed. */
export interface BackpropValues extends NeuronParams {
  z: number;
  a: number;
  L: number;
  dLda: number;
  dadz: number;
  dLdw1: number;
  dLdw2: number;
  dLdb: number;
}

const p = (term: string, x: number) => num(term, x, { parens: true });
const d = (top: string, bottom: string) => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;

/** Forward pass: z, a = σ(z), L = ½(a − y)², each with numbers substituted. */
export function forwardTex(v: BackpropValues): string {
  return (
    `\\begin{aligned} ${sym('z', 'z')} &= ${sym('w', 'w_1')}${sym('x', 'x_1')} + ${sym('w', 'w_2')}${sym('x', 'x_2')} + ${sym('b', 'b')} \\\\ ` +
    `&= ${p('w', v.w1)}\\cdot ${p('x', v.x1)} + ${p('w', v.w2)}\\cdot ${p('x', v.x2)} + ${p('b', v.b)} \\\\ &${relation(v.z)} ${num('z', v.z)} \\\\ ` +
    `${sym('a', 'a')} &= \\sigma(${num('z', v.z)}) ${relation(v.a)} ${num('a', v.a)} \\\\ ` +
    `L &= \\tfrac{1}{2}(${sym('a', 'a')} - ${sym('y', 'y')})^2 \\\\ &= \\tfrac{1}{2}(${num('a', v.a)} - ${num('y', v.y)})^2 ${relation(v.L, 4)} ${texNumber(v.L, 4)} \\end{aligned}`
  );
}

/** Backward pass: every factor of the chain rule as a number, then their products. */
export function backwardTex(v: BackpropValues): string {
  const A = sym('a', 'a');
  const dLda = texNumber(v.dLda, 3, { parens: true });
  const dadz = texNumber(v.dadz, 3, { parens: true });
  return (
    `\\begin{aligned} ${d('L', 'a')} &= ${A} - ${sym('y', 'y')} \\\\ &= ${num('a', v.a)} - ${num('y', v.y)} ${relation(v.dLda)} ${texNumber(v.dLda)} \\\\[0.3em] ` +
    `${d('a', 'z')} &= ${A}(1 - ${A}) \\\\ &= ${num('a', v.a)}\\cdot(1 - ${num('a', v.a)}) ${relation(v.dadz)} ${texNumber(v.dadz)} \\\\[0.3em] ` +
    `${d('z', 'w_1')} &= ${sym('x', 'x_1')} = ${num('x', v.x1)}, \\quad ${d('z', 'w_2')} = ${sym('x', 'x_2')} = ${num('x', v.x2)} \\\\[0.3em] ` +
    `${d('z', 'b')} &= 1 \\\\[0.3em] ` +
    `${d('L', 'w_1')} &= ${d('L', 'a')}\\,${d('a', 'z')}\\,${d('z', 'w_1')} \\\\ &= ${dLda}\\cdot${dadz}\\cdot${p('x', v.x1)} ${relation(v.dLdw1)} ${texNumber(v.dLdw1)} \\\\[0.3em] ` +
    `${d('L', 'w_2')} &= ${dLda}\\cdot${dadz}\\cdot${p('x', v.x2)} ${relation(v.dLdw2)} ${texNumber(v.dLdw2)} \\\\[0.3em] ` +
    `${d('L', 'b')} &= ${dLda}\\cdot${dadz}\\cdot 1 ${relation(v.dLdb)} ${texNumber(v.dLdb)} \\end{aligned}`
  );
}

/** The update each parameter would get from "Apply update": θ ← θ − η ∂L/∂θ. */
export function updateTex(v: BackpropValues): string {
  const e = num('eta', v.eta);
  const row = (symbol: string, term: string, value: number, grad: number) => {
    const next = value - v.eta * grad;
    return `${sym(term, symbol)} &\\leftarrow ${p(term, value)} - ${e}\\cdot ${texNumber(grad, 3, { parens: true })} ${relation(next)} ${num(term, next)}`;
  };
  return (
    `\\begin{aligned} ${row('w_1', 'w', v.w1, v.dLdw1)} \\\\ ${row('w_2', 'w', v.w2, v.dLdw2)} \\\\ ${row('b', 'b', v.b, v.dLdb)} \\end{aligned}`
  );
}
