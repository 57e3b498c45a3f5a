import { choice, num } from '../shared/params';

/**
 * The essay's three-input neuron: the chapter-7 example (x1 = 2, x2 = 3, w1 = 0.5, w2 = −0.2,
 * b = 0.1, sigmoid) with a third input x3 = 1 weighted w3 = 0.3, so z = 1 − 0.6 + 0.3 + 0.1 = 0.8.
 */
export const anatomySchema = {
  x1: num(-5, 5, 2),
  x2: num(-5, 5, 3),
  x3: num(-5, 5, 1),
  w1: num(-2, 2, 0.5),
  w2: num(-2, 2, -0.2),
  w3: num(-2, 2, 0.3),
  b: num(-2, 2, 0.1),
  act: choice(['sigmoid', 'relu', 'tanh'] as const, 'sigmoid'),
};

export type AnatomyActivation = 'sigmoid' | 'relu' | 'tanh';

export interface AnatomyState {
  x1: number;
  x2: number;
  x3: number;
  w1: number;
  w2: number;
  w3: number;
  b: number;
  act: AnatomyActivation;
}

export const activationLabels = { sigmoid: 'sigmoid', relu: 'ReLU', tanh: 'tanh' } as const;

/**
 * The parts of the neuron a reader can point at: p1…p3 are the products wᵢxᵢ (input i and its
 * weighted arrow), pb the bias, pz the sum node, pa the activation and its output.
 */
export type AnatomyPart = 'p1' | 'p2' | 'p3' | 'pb' | 'pz' | 'pa';
export const anatomyParts: readonly AnatomyPart[] = ['p1', 'p2', 'p3', 'pb', 'pz', 'pa'];

/** The part whose CSS class (nn-term-p1 …) an element of the live equation carries, if any. */
export function partOfClassName(className: string): AnatomyPart | null {
  const m = /\bnn-term-(p[123bza])\b/.exec(className);
  return m ? (m[1] as AnatomyPart) : null;
}

/** Inputs and weights of the state as arrays, in order 1, 2, 3. */
export function vectorsOf(s: AnatomyState): { x: [number, number, number]; w: [number, number, number] } {
  return { x: [s.x1, s.x2, s.x3], w: [s.w1, s.w2, s.w3] };
}
