import { defineExercises } from '../shared/exercise';
import type { TextState } from './params';

export const exercises = defineExercises<TextState>([
  {
    id: 'text-bert-size',
    widget: 'text-to-numbers',
    prompt: 'Switch to the embedding size of a BERT-size transformer. How many numbers does "the cat sat on the mat" become?',
    check: (s) => Number(s.dims) === 768,
    hint: 'The sentence has 6 tokens; each becomes one vector of d numbers.',
    solution: 'd = 768: 6 × 768 = 4,608 numbers, a 6 × 768 matrix.',
  },
]);
