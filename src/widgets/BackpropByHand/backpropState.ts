import { num } from '../shared/params';

/** The chapter-7 neuron x = (2, 3), w = (0.5, −0.2), b = 0.1, sigmoid, with target y = 1 and η = 0.5. */
export const backpropSchema = {
  x1: num(-5, 5, 2),
  x2: num(-5, 5, 3),
  w1: num(-5, 5, 0.5),
  w2: num(-5, 5, -0.2),
  b: num(-5, 5, 0.1),
  y: num(0, 1, 1),
  eta: num(0, 2, 0.5),
};
