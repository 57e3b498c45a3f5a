import { matrix, matVec } from '../../core';
import { defineExercises } from '../shared/exercise';
import type { StateOf } from '../shared/params';
import { W_EXAMPLE, layerSchema } from './layerState';

type LayerState = StateOf<typeof layerSchema>;
const W = matrix(2, 3, W_EXAMPLE.flat());

export const exercises = defineExercises<LayerState>([
  {
    id: 'bias-silence-neuron-2',
    widget: 'layer-with-bias',
    prompt: 'Keep the input at x = (1, 2, 3) and make neuron 2\'s output z2 exactly 0, touching only its bias b2.',
    check: (s) => {
      if (s.x1 !== 1 || s.x2 !== 2 || s.x3 !== 3) return false;
      const z2 = matVec(W, [s.x1, s.x2, s.x3])[1] + s.b2;
      return Math.abs(z2) < 0.0005;
    },
    hint: 'Without a bias, neuron 2\'s weighted sum is 0.963·1 − 0.148·2 − 0.148·3. The bias has to cancel it.',
    solution: 'The weighted sum is 0.963 − 0.296 − 0.444 = 0.223, so set b2 = −0.223. z1 does not move: b2 belongs to neuron 2 alone.',
  },
]);
