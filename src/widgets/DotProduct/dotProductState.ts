import { num } from '../shared/params';

/**
 * Three inputs and three weights: the chapter-7 neuron (x = (2, 3), w = (0.5, −0.2), b = 0.1)
 * with a third input x3 = 1 and weight w3 = 0.4 added, so wᵀx = 1 − 0.6 + 0.4 = 0.8 and z = 0.9.
 */
export const dotProductSchema = {
  x1: num(-5, 5, 2),
  x2: num(-5, 5, 3),
  x3: num(-5, 5, 1),
  w1: num(-2, 2, 0.5),
  w2: num(-2, 2, -0.2),
  w3: num(-2, 2, 0.4),
  b: num(-2, 2, 0.1),
};

export interface DotProductValues {
  x: [number, number, number];
  w: [number, number, number];
  b: number;
  /** wᵢxᵢ, one per input. */
  products: number[];
  /** wᵀx = Σ wᵢxᵢ. */
  wx: number;
  /** z = wᵀx + b. */
  z: number;
}
