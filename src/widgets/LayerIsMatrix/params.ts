import { int, num, seedParam, type StateOf } from '../shared/params';

/** The essay's 2 × 3 layer (two neurons, three inputs), Xavier weights, biases 0. */
export const params = {
  nIn: int(1, 16, 3, { label: 'n_in (inputs)', term: 'x' }),
  nOut: int(1, 16, 2, { label: 'n_out (neurons)', term: 'z' }),
  b: num(-1, 1, 0, { label: 'b (bias of every neuron)', step: 0.01, term: 'b' }),
  seed: seedParam(),
  /** The neuron whose row is written out (1-based; the last one when the layer has fewer). */
  row: int(1, 16, 1),
};

export type LayerState = StateOf<typeof params>;
