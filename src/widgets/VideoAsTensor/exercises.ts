import { defineExercises } from '../shared/exercise';
import type { VideoState } from './params';
import { tensorSize } from './videoMath';

export const exercises = defineExercises<VideoState>([
  {
    id: 'video-60-grayscale',
    widget: 'video-as-tensor',
    prompt: 'Set the video to 60 frames of 28 × 28 grayscale pixels. How many numbers is that?',
    check: (s) => s.frames === 60 && s.height === 28 && s.width === 28 && s.channels === '1' && tensorSize(60, 28, 28, 1) === 47040,
    hint: 'Grayscale means one channel. One frame is 28 × 28 = 784 numbers.',
    solution: '60 × 28 × 28 × 1 = 47,040 numbers: sixty MNIST-sized images in a row.',
  },
]);
