import { int, num } from '../shared/params';

/** The essay's 2 × 3 layer (two neurons, three inputs), Xavier weights, biases 0. */
export const layerSchema = {
  nIn: int(1, 16, 3),
  nOut: int(1, 16, 2),
  b: num(-1, 1, 0),
  seed: int(0, 1_000_000, 42),
};
