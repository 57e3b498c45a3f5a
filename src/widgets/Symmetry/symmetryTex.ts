import { decimalsToReproduce } from '../../core';
import { texNumber } from '../../components/format';
import { num, relation, sym, valueOfTex } from '../shared/liveTex';

export interface NeuronPair {
  /** Neuron 1: weights from x1 and x2, and its bias; neuron 2 likewise. */
  w11: number; w12: number; b1: number;
  w21: number; w22: number; b2: number;
  difference: number;
}

const col = (a: string, b: string, c: string) => `\\begin{pmatrix} ${a} \\\\ ${b} \\\\ ${c} \\end{pmatrix}`;
const read = (x: number, decimals: number) => valueOfTex(texNumber(x, decimals));
const norm = ([w11, w12, b1, w21, w22, b2]: readonly number[]) => Math.hypot(w11 - w21, w12 - w22, b1 - b2);

/**
 * Δ = ‖w⁽¹⁾ − w⁽²⁾‖ in three stages: symbols, this step's numbers (as columns, with the decimals
 * that make the norm of the shown columns the Δ shown), the result.
 */
export function differenceTex(p: NeuronPair): string {
  const entries = [p.w11, p.w12, p.b1, p.w21, p.w22, p.b2];
  const digits = decimalsToReproduce(entries, [{ combine: norm, decimals: 3 }], read);
  const [w11, w12, b1, w21, w22, b2] = entries.map((x, i) => num(i % 3 === 2 ? 'b' : 'w', x, { digits }));
  const symbols = `\\left\\lVert ${col(sym('w', 'w_{11}'), sym('w', 'w_{12}'), sym('b', 'b_1'))} - ${col(sym('w', 'w_{21}'), sym('w', 'w_{22}'), sym('b', 'b_2'))} \\right\\rVert`;
  const numbers = `\\left\\lVert ${col(w11, w12, b1)} - ${col(w21, w22, b2)} \\right\\rVert`;
  return `\\begin{aligned} \\Delta &= ${symbols} \\\\ &= ${numbers} \\\\ &${relation(p.difference)} ${num('z', p.difference)} \\end{aligned}`;
}

/** The update every weight receives: w ← w − η ∂L/∂w. */
export const updateTex = (eta: number) => `${sym('w', 'w')} \\leftarrow ${sym('w', 'w')} - \\eta\\,\\frac{\\partial L}{\\partial ${sym('w', 'w')}},\\quad \\eta = ${eta}`;
