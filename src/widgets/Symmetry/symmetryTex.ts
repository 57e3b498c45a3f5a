import { num, relation, sym } from '../shared/liveTex';

export interface NeuronPair {
  /** Neuron 1: weights from x1 and x2, and its bias; neuron 2 likewise. */
  w11: number; w12: number; b1: number;
  w21: number; w22: number; b2: number;
  difference: number;
}

const diff = (a: number, b: number) => `(${num('w', a)} - ${num('w', b, { parens: true })})^2`;

/** Δ = ‖w⁽¹⁾ − w⁽²⁾‖ in three stages: symbols, this step's numbers, the result. */
export function differenceTex(p: NeuronPair): string {
  const symbols =
    `\\sqrt{(${sym('w', 'w_{11}')} - ${sym('w', 'w_{21}')})^2 + (${sym('w', 'w_{12}')} - ${sym('w', 'w_{22}')})^2 + (${sym('b', 'b_1')} - ${sym('b', 'b_2')})^2}`;
  const numbers = `\\sqrt{${diff(p.w11, p.w21)} + ${diff(p.w12, p.w22)} + (${num('b', p.b1)} - ${num('b', p.b2, { parens: true })})^2}`;
  return (
    `\\begin{aligned} \\Delta &= ${symbols} \\\\ &= ${numbers} \\\\ ` +
    `&${relation(p.difference)} ${num('z', p.difference)} \\end{aligned}`
  );
}

/** The update every weight receives: w ← w − η ∂L/∂w. */
export const updateTex = (eta: number) => `${sym('w', 'w')} \\leftarrow ${sym('w', 'w')} - \\eta\\,\\frac{\\partial L}{\\partial ${sym('w', 'w')}},\\quad \\eta = ${eta}`;
