import { int, type StateOf } from '../shared/params';

/** A network's widths: inputs, hidden layers of one width, outputs — up to the digits network 784-128-10 and deeper. */
export const params = {
  inputs: int(1, 784, 784, { label: 'inputs', step: 1 }),
  hidden: int(1, 128, 128, { label: 'hidden units per layer', step: 1 }),
  layers: int(1, 3, 1, { label: 'hidden layers', step: 1 }),
  outputs: int(1, 10, 10, { label: 'outputs', step: 1 }),
};

export type CostState = StateOf<typeof params>;

/** The layer widths, input first: 784-128-10. */
export const sizesOf = (s: CostState): number[] => [s.inputs, ...Array.from({ length: s.layers }, () => s.hidden), s.outputs];
