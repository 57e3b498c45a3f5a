import { defineExercises } from '../shared/exercise';
import { zeroCrossing } from './playgroundMath';
import type { PlaygroundState } from './params';

export const exercises = defineExercises<PlaygroundState>([
  {
    id: 'playground-falling',
    widget: 'neuron-playground',
    prompt: 'Make the output a fall as the input x grows.',
    check: (s) => s.w < 0,
    hint: 'The weight is the volume knob: its sign decides whether more input means more output or less.',
    solution: 'Drag w below 0, for example to −1: then z = −x + 0.1 shrinks as x grows, and so does a.',
  },
  {
    id: 'playground-shift',
    widget: 'neuron-playground',
    prompt: 'Keep w = 0.5 and move the middle of the curve (where z = 0) to x = 2, using only the bias.',
    check: (s) => s.w === 0.5 && Math.abs((zeroCrossing(s.w, s.b) ?? Infinity) - 2) < 1e-9,
    hint: 'z = 0.5x + b is zero where x = −b / 0.5. Which b makes that 2?',
    solution: 'b = −1: then z = 0.5·2 − 1 = 0 at x = 2, and the sigmoid is exactly 0.5 there.',
  },
]);
