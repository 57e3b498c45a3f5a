import { defineExercises } from '../shared/exercise';
import type { BackpropState } from './params';
import { backprop } from './backpropMath';

export const exercises = defineExercises<BackpropState>([
  {
    id: 'backprop-loss-below-001',
    widget: 'backprop-by-hand',
    prompt: 'Keep the inputs x = (2, 3) and the target y = 1, and press “Apply update” until the loss L is below 0.01.',
    check: (s) => s.x1 === 2 && s.x2 === 3 && s.y === 1 && backprop(s).L < 0.01,
    hint: 'Each update moves w1, w2 and b against their slopes. With η = 0.5 the loss falls from 0.0713 to 0.0302 in one step; keep going, or raise η.',
    solution: 'With η = 0.5 a few more presses do it: the weights keep growing, z rises, a climbs toward 1 and L = ½(a − 1)² falls below 0.01.',
  },
]);
