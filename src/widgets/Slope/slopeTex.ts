import { decimalsToReproduce, exampleNeuron } from '../../core';
import { texNumber } from '../../components/format';
import { num, relation, sym, valueOfTex } from '../shared/liveTex';
import type { SlopeFunction, SlopeState } from './params';

export interface SlopeValues extends SlopeState {
  fPlus: number;
  fMinus: number;
  fd: number;
  exact: number;
  /** The neuron's output a at w (the loss only). */
  a: number;
}

/** The value a reader reads in texNumber(x, decimals). */
const read = (x: number, decimals: number) => valueOfTex(texNumber(x, decimals));

/**
 * Decimals of f(w ± h) and h such that the quotient of the shown numbers is the shown quotient:
 * at h = 0.0001 the two values differ by about 3.5×10⁻⁵, so they need about ten decimals.
 */
export const quotientDecimals = (v: Omit<SlopeValues, 'a'>) =>
  decimalsToReproduce([v.fPlus, v.fMinus, v.h], [{ combine: ([up, down, h]) => (up - down) / (2 * h), decimals: 4 }], read, 4);

const { x } = exampleNeuron;
/** Decimals of a such that (a − 1)·a(1 − a)·2 of the shown a is the shown slope. */
export const outputDecimals = (a: number) => decimalsToReproduce([a], [{ combine: ([p]) => (p - 1) * p * (1 - p) * x[0], decimals: 4 }], read, 4);

const name = (fn: SlopeFunction) => (fn === 'loss' ? 'L' : 'f');
/** The loss depends on w2 and b too, held fixed here: a partial derivative, ∂; the cubic has one variable, d. */
const d = (fn: SlopeFunction) => (fn === 'loss' ? '\\partial ' : 'd');

/** The central difference in three stages: symbols, the two values substituted, the slope. */
export function finiteDifferenceTex(v: SlopeValues): string {
  const digits = quotientDecimals(v);
  const F = name(v.fn);
  const W = sym('w', 'w');
  return (
    `\\begin{aligned} & \\frac{${F}(${W} + h) - ${F}(${W} - h)}{2h} \\\\ ` +
    `&= \\frac{${texNumber(v.fPlus, digits)} - ${texNumber(v.fMinus, digits, { parens: true })}}{2 \\cdot ${texNumber(v.h, digits)}} \\\\ ` +
    `&${relation(v.fd, 4)} ${texNumber(v.fd, 4)} \\end{aligned}`
  );
}

/** The exact slope's formula, and the same with this point's numbers. */
function slopeFormula(v: SlopeValues): [string, string] {
  if (v.fn === 'cubic') return [`${sym('w', 'w')}^2 - 1`, `${num('w', v.w, { parens: true })}^2 - 1`];
  const A = sym('a', 'a');
  const aN = num('a', v.a, { digits: outputDecimals(v.a) });
  return [`(${A} - ${sym('y', 'y')})\\,${A}(1 - ${A})\\,${sym('x', 'x_1')}`, `(${aN} - ${num('y', 1)})\\,${aN}(1 - ${aN})\\cdot ${num('x', x[0])}`];
}

/** The exact derivative at w: the formula, the numbers substituted, the value. */
export function exactTex(v: SlopeValues): string {
  const [formula, substituted] = slopeFormula(v);
  return (
    `\\begin{aligned} \\frac{${d(v.fn)}${name(v.fn)}}{${d(v.fn)}${sym('w', 'w')}} &= ${formula} \\\\ &= ${substituted} \\\\ ` +
    `&${relation(v.exact, 4)} ${texNumber(v.exact, 4)} \\end{aligned}`
  );
}
