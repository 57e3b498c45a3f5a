import { neuron } from '../../core';
import { defineExercises } from '../shared/exercise';
import { defaultsOf, type StateOf } from '../shared/params';
import { params as calculationSchema } from './params';

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
  {
    id: 'summary-tanh-negative',
    widget: 'summary-neuron',
    prompt: 'With tanh as the activation, give the neuron a negative output a by changing one input only.',
    check: (s) =>
      s.act === 'tanh' &&
      [s.x1 !== example.x1, s.x2 !== example.x2].filter(Boolean).length === 1 &&
      s.w1 === example.w1 && s.w2 === example.w2 && s.b === example.b &&
      // Below −1e-9, not 0: at x1 = 1 float noise gives z ≈ −1e-16, which the figure shows as 0.
      neuron([s.w1, s.w2], [s.x1, s.x2], s.b, s.act).a < -1e-9,
    hint: 'tanh(z) is negative exactly when z is. z = 0.5·x1 − 0.2·x2 + 0.1: which input can push it below 0?',
    solution: 'Lower x1 below 1: with x2 = 3, z = 0.5·x1 − 0.5, which is negative for x1 < 1; x1 = 0 gives a = tanh(−0.5) ≈ −0.462. Raising x2 cannot do it within its range: z = 1.1 − 0.2·x2 needs x2 > 5.5.',
  },
]);
