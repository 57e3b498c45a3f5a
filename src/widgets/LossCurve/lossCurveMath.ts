import { exampleNeuron, lossMinimizer, sigmoidNeuronLoss } from '../../core';
import type { LossCurveState } from './params';

/** The range of both weight sliders and of the plotted sweep. */
export const W_RANGE = [-3, 3] as const;

const { x, b } = exampleNeuron;

/** The chapter-7 neuron's loss at the reader's weights (x and b held at the example's). */
export const lossAt = (s: Pick<LossCurveState, 'w1' | 'w2' | 'y' | 'loss'>) => sigmoidNeuronLoss([s.w1, s.w2], x, b, s.y, s.loss);

/** Where the loss along the swept weight is lowest within the range, and its value there. */
export function sweepMinimum(s: LossCurveState): { w: number; L: number } {
  const i = s.sweep === 'w1' ? 0 : 1;
  const w = lossMinimizer([s.w1, s.w2], x, b, s.y, i, W_RANGE[0], W_RANGE[1]);
  return { w, L: lossAt({ ...s, [s.sweep]: w }).L };
}
