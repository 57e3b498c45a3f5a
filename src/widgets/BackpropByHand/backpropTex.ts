import { texTerm, type TermName } from '../../components/texTerms';
import { activationRelation, num, relation, sym } from '../shared/liveTex';
import { numTex, result } from '../shared/shownNumbers';
import type { BackpropValues } from './backpropMath';
import type { BackpropDigits } from './backpropDigits';

export type BackpropTexValues = BackpropValues & { digits: BackpropDigits };

const p = (term: TermName, x: number) => num(term, x, { parens: true });
const d = (top: string, bottom: string) => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;
const shown = (term: TermName, x: number, digits: number) => texTerm(term, numTex(x, digits));
/** z is on a 0.001 grid: below 10⁻⁹ it is 0, where σ gives short decimals. */
const atZero = (v: BackpropTexValues) => Math.abs(v.z) < 1e-9;
const factor = (x: number, digits: number) => (x < 0 ? `(${numTex(x, digits)})` : numTex(x, digits));

/** a as written: a decimal, or 1 − ε once it rounds to 1 (ε = σ(−z), see backpropDigits). */
function aTex(v: BackpropTexValues, parens = false): string {
  const { a, complement } = v.digits;
  if (!complement) return shown('a', v.a, a);
  const body = `1 - ${numTex(v.oneMinusA, a)}`;
  return texTerm('a', parens ? `(${body})` : body);
}

/** Forward pass: z, a = σ(z), L = ½(a − y)², each with numbers substituted. */
export function forwardTex(v: BackpropTexValues): string {
  const aRel = activationRelation('sigmoid', v.z, v.a, v.digits.a);
  return (
    `\\begin{aligned} ${sym('z', 'z')} &= ${sym('w', 'w_1')}${sym('x', 'x_1')} + ${sym('w', 'w_2')}${sym('x', 'x_2')} + ${sym('b', 'b')} \\\\ ` +
    `&= ${p('w', v.w1)}\\cdot ${p('x', v.x1)} + ${p('w', v.w2)}\\cdot ${p('x', v.x2)} + ${p('b', v.b)} \\\\ &${relation(v.z)} ${num('z', v.z)} \\\\ ` +
    `${sym('a', 'a')} &= \\sigma(${num('z', v.z)}) ${aRel} ${aTex(v)} \\\\ ` +
    `L &= \\tfrac{1}{2}(${sym('a', 'a')} - ${sym('y', 'y')})^2 \\\\ &= \\tfrac{1}{2}(${aTex(v, true)} - ${num('y', v.y)})^2 ${result(v.L, 4, atZero(v))} \\end{aligned}`
  );
}

/** Backward pass: every factor of the chain rule as a number, then their products. */
export function backwardTex(v: BackpropTexValues): string {
  const A = sym('a', 'a');
  const { factors, gradients } = v.digits;
  const chain = `${factor(v.dLda, factors)}\\cdot${factor(v.dadz, factors)}`;
  return (
    `\\begin{aligned} ${d('L', 'a')} &= ${A} - ${sym('y', 'y')} \\\\ &= ${aTex(v)} - ${num('y', v.y)} ${result(v.dLda, factors, atZero(v))} \\\\[0.3em] ` +
    `${d('a', 'z')} &= ${A}(1 - ${A}) \\\\ &= ${aTex(v, true)}\\cdot ${shown('a', v.oneMinusA, v.digits.a)} ${result(v.dadz, factors, atZero(v))} \\\\[0.3em] ` +
    `${d('z', 'w_1')} &= ${sym('x', 'x_1')} = ${num('x', v.x1)}, \\quad ${d('z', 'w_2')} = ${sym('x', 'x_2')} = ${num('x', v.x2)} \\\\[0.3em] ` +
    `${d('z', 'b')} &= 1 \\\\[0.3em] ` +
    `${d('L', 'w_1')} &= ${d('L', 'a')}\\,${d('a', 'z')}\\,${d('z', 'w_1')} \\\\ &= ${chain}\\cdot${p('x', v.x1)} ${result(v.dLdw1, gradients, atZero(v))} \\\\[0.3em] ` +
    `${d('L', 'w_2')} &= ${chain}\\cdot${p('x', v.x2)} ${result(v.dLdw2, gradients, atZero(v))} \\\\[0.3em] ` +
    `${d('L', 'b')} &= ${chain}\\cdot 1 ${result(v.dLdb, gradients, atZero(v))} \\end{aligned}`
  );
}

/** The update each parameter would get from "Apply update": θ ← θ − η ∂L/∂θ. */
export function updateTex(v: BackpropTexValues): string {
  const e = num('eta', v.eta);
  const row = (symbol: string, term: TermName, value: number, grad: number) => {
    const step = v.eta * grad;
    // A gradient is a short decimal only at z = 0; a step far below the shown decimals still
    // moves θ, though floating point may not see it.
    const arrow = step === 0 || atZero(v) ? relation(value - step) : '\\approx';
    return `${sym(term, symbol)} &\\leftarrow ${p(term, value)} - ${e}\\cdot ${factor(grad, v.digits.gradients)} ${arrow} ${num(term, value - step)}`;
  };
  return `\\begin{aligned} ${row('w_1', 'w', v.w1, v.dLdw1)} \\\\ ${row('w_2', 'w', v.w2, v.dLdw2)} \\\\ ${row('b', 'b', v.b, v.dLdb)} \\end{aligned}`;
}
