import { num } from '../shared/params';

/** The essay's example weight matrix (2 neurons × 3 inputs), one possible Xavier draw. */
export const W_EXAMPLE: readonly (readonly number[])[] = [
  [0.314, -0.087, 0.41],
  [0.963, -0.148, -0.148],
];

/** Input x = (1, 2, 3) and biases at their usual starting value, 0. */
export const layerSchema = {
  x1: num(-5, 5, 1),
  x2: num(-5, 5, 2),
  x3: num(-5, 5, 3),
  b1: num(-2, 2, 0),
  b2: num(-2, 2, 0),
};
