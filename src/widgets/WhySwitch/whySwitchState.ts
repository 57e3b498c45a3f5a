import { bool, choice, int, num } from '../shared/params';

/** Three stacked 2×2 layers, input x = (1, 1), no activation yet; seed for the weights. */
export const whySwitchSchema = {
  k: int(1, 5, 3),
  x1: num(-3, 3, 1),
  x2: num(-3, 3, 1),
  activation: bool(false),
  act: choice(['relu', 'tanh'] as const, 'relu'),
  seed: int(0, 1_000_000, 5),
};
