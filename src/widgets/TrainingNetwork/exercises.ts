import { defineExercises } from '../shared/exercise';
import type { TrainingState } from './params';

export const exercises = defineExercises<TrainingState>([
  {
    id: 'train-xor',
    widget: 'training-network',
    prompt: 'Press Play and train the XOR data set until the loss falls below 0.05.',
    check: (s) => s.dataset === 'xor' && s.best < 0.05,
    hint: 'With the starting settings it takes a few hundred epochs; if it stalls, try ReLU with He initialisation.',
    solution: 'XOR, two hidden layers of 4 ReLU units, He initialisation, η = 0.03: press Play; within about 100 epochs the loss is below 0.05.',
  },
  {
    id: 'train-spiral',
    widget: 'training-network',
    prompt: 'Choose the spiral data set and train a network whose loss falls below 0.1.',
    check: (s) => s.dataset === 'spiral' && s.best < 0.1,
    hint: 'The spiral needs a deeper, wider network than XOR: more hidden layers, 8 units each, and a little patience.',
    solution: 'Spiral, three hidden layers of 8 ReLU units, He initialisation, η = 0.03, batch 10: press Play; within about 500 epochs the loss is below 0.1.',
  },
]);
