import { defineExercises } from '../shared/exercise';
import { normalise } from './pixelsMath';
import type { PixelsState } from './params';

export const exercises = defineExercises<PixelsState>([
  {
    id: 'pixels-signed-range',
    widget: 'pixels-to-numbers',
    prompt: 'Choose the normalisation that puts every pixel between −1 and 1, with the black background at exactly −1.',
    check: (s) => normalise(0, s.norm) === -1 && normalise(255, s.norm) === 1,
    hint: 'Raw values run from 0 to 255. Which rule sends 0 to −1 and 255 to 1?',
    solution: 'Pick −1…1: x′ = x / 127.5 − 1 sends 0 to −1, 127.5 to 0 and 255 to 1.',
  },
]);
