import { int, num } from '../shared/params';

/** Start at (−2.5, 1.5) with learning rate 0.1; no steps taken; Run takes 20 steps. */
export const descentSchema = {
  eta: num(0.001, 1, 0.1),
  w1s: num(-3, 3, -2.5),
  w2s: num(-3, 3, 1.5),
  steps: int(0, 500, 0),
  n: int(1, 100, 20),
};
