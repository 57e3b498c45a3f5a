import { choice, num } from '../shared/params';

/** The chapter-7 neuron (x = (2, 3), b = 0.1, sigmoid) with target y = 1, squared error, swept over w1. */
export const lossCurveSchema = {
  w1: num(-3, 3, 0.5),
  w2: num(-3, 3, -0.2),
  y: num(0, 1, 1),
  loss: choice(['mse', 'bce'] as const, 'mse'),
  sweep: choice(['w1', 'w2'] as const, 'w1'),
};
