import { defineExercises } from '../shared/exercise';
import type { LossCurveState } from './params';
import { lossAt } from './lossCurveMath';

export const exercises = defineExercises<LossCurveState>([
  {
    id: 'loss-target-zero',
    widget: 'loss-curve',
    prompt: 'Set the target to y = 0 and move w1 until the squared-error loss is below 0.01.',
    check: (s) => s.y === 0 && s.loss === 'mse' && lossAt(s).L < 0.01,
    hint: 'With y = 0 the loss is ½a², so the output a must fall toward 0: make z negative.',
    solution: 'L < 0.01 needs a < 0.141, i.e. z < −1.80. With w2 = −0.2, z = 2·w1 − 0.5, so any w1 below about −0.65 works.',
  },
]);
