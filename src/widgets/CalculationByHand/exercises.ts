import { neuron } from '../../core';
import { defineExercises } from '../shared/exercise';
import { defaultsOf, type StateOf } from '../shared/params';
import { calculationSchema } from './calculationState';

type State = StateOf<typeof calculationSchema>;
const example = defaultsOf(calculationSchema);
const onlyBiasChanged = (s: State) =>
  s.x1 === example.x1 && s.x2 === example.x2 && s.w1 === example.w1 && s.w2 === example.w2 && s.act === example.act;

export const exercises = defineExercises<State>([
  {
    id: 'calc-class-0',
    widget: 'calculation-by-hand',
    prompt: 'Make the neuron say class 0 by changing only the bias b.',
    check: (s) => onlyBiasChanged(s) && neuron([s.w1, s.w2], [s.x1, s.x2], s.b, s.act).a <= 0.5,
    hint: 'The sigmoid output is above 0.5 exactly when z is above 0. Without the bias the products add up to 1.0 − 0.6 = 0.4. Which b cancels that?',
    solution: 'Any b ≤ −0.4 works: with b = −0.4 the weighted sum is z = 0.4 − 0.4 = 0, so a = σ(0) = 0.5, which is not above 0.5.',
  },
  {
    id: 'calc-w1-flip',
    widget: 'calculation-by-hand',
    prompt: 'Starting from the example, lower only w1 until the class flips to 0. Where exactly does it flip?',
    check: (s) =>
      s.x1 === example.x1 && s.x2 === example.x2 && s.w2 === example.w2 && s.b === example.b && s.act === example.act && s.w1 <= 0.25,
    hint: 'The class flips where z = 2·w1 − 0.6 + 0.1 crosses 0.',
    solution: 'z = 2·w1 − 0.5 = 0 at w1 = 0.25; at or below it the neuron says class 0.',
  },
]);
