import { choice, num } from '../shared/params';

/** The essay's example: x = (2, 3), w = (0.5, −0.2), b = 0.1, sigmoid. */
export const calculationSchema = {
  x1: num(-5, 5, 2),
  x2: num(-5, 5, 3),
  w1: num(-2, 2, 0.5),
  w2: num(-2, 2, -0.2),
  b: num(-2, 2, 0.1),
  act: choice(['sigmoid', 'relu', 'tanh'] as const, 'sigmoid'),
};

export const activationLabels = { sigmoid: 'sigmoid', relu: 'ReLU', tanh: 'tanh' } as const;
