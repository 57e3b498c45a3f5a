import { num, relation, sym } from '../shared/liveTex';

export interface NeuronPair {
  /** Neuron 1: weights from x1 and x2, and its bias; neuron 2 likewise. */
  w11: number; w12: number; b1: number;
  w21: number; w22: number; b2: number;
  difference: number;
}

const col = (a: string, b: string, c: string) => `\\begin{pmatrix} ${a} \\\\ ${b} \\\\ ${c} \\end{pmatrix}`;

/** Δ = ‖w⁽¹⁾ − w⁽²⁾‖ in three stages: symbols, this step's numbers (as columns), the result. */
export function differenceTex(p: NeuronPair): string {
  const symbols = `\\left\\lVert ${col(sym('w', 'w_{11}'), sym('w', 'w_{12}'), sym('b', 'b_1'))} - ${col(sym('w', 'w_{21}'), sym('w', 'w_{22}'), sym('b', 'b_2'))} \\right\\rVert`;
  const numbers = `\\left\\lVert ${col(num('w', p.w11), num('w', p.w12), num('b', p.b1))} - ${col(num('w', p.w21), num('w', p.w22), num('b', p.b2))} \\right\\rVert`;
  return `\\begin{aligned} \\Delta &= ${symbols} \\\\ &= ${numbers} \\\\ &${relation(p.difference)} ${num('z', p.difference)} \\end{aligned}`;
}

/** The update every weight receives: w ← w − η ∂L/∂w. */
export const updateTex = (eta: number) => `${sym('w', 'w')} \\leftarrow ${sym('w', 'w')} - \\eta\\,\\frac{\\partial L}{\\partial ${sym('w', 'w')}},\\quad \\eta = ${eta}`;
