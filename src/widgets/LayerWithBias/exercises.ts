import { defineExercises } from '../shared/exercise';
import type { LayerState } from './params';
import { layerValues } from './layerMath';

export const exercises = defineExercises<LayerState>([
  {
    id: 'bias-silence-neuron-2',
    widget: 'layer-with-bias',
    prompt: 'Keep the input at x = (1, 2, 3) and make neuron 2\'s output z2 exactly 0, touching only its bias b2.',
    check: (s) => s.x1 === 1 && s.x2 === 2 && s.x3 === 3 && Math.abs(layerValues(s).z[1]) < 0.0005,
    hint: 'Without a bias, neuron 2\'s weighted sum is 0.963·1 − 0.148·2 − 0.148·3. The bias has to cancel it.',
    solution: 'The weighted sum is 0.963 − 0.296 − 0.444 = 0.223, so set b2 = −0.223. z1 does not move: b2 belongs to neuron 2 alone.',
  },
]);
