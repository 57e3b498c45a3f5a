import { neuron } from '../../core';
import { defineExercises } from '../shared/exercise';
import { params as d, vectorsOf, type AnatomyState } from './params';

const outputOf = (s: AnatomyState) => {
  const { x, w } = vectorsOf(s);
  return neuron(w, x, s.b, s.act);
};
const inputsAndWeightsUnchanged = (s: AnatomyState) =>
  s.x1 === d.x1.default && s.x2 === d.x2.default && s.x3 === d.x3.default &&
  s.w1 === d.w1.default && s.w2 === d.w2.default && s.w3 === d.w3.default;

export const exercises = defineExercises<AnatomyState>([
  {
    id: 'teaser-fire-strongly',
    widget: 'teaser',
    prompt: 'With the sigmoid activation, make the neuron fire strongly: push its output a above 0.9.',
    check: (s) => s.act === 'sigmoid' && outputOf(s).a > 0.9,
    hint: 'The sigmoid is above 0.9 once z is above about 2.2. Raise a weight whose input is large, or raise the bias.',
    solution: 'Keep sigmoid and set w1 to 1: z = 1·2 − 0.2·3 + 0.4·1 + 0.1 = 1.9, not yet enough; also set b to 0.5, so z = 2.3 and a = σ(2.3) ≈ 0.909.',
  },
  {
    id: 'anatomy-relu-silent',
    widget: 'neuron-anatomy',
    prompt: 'Choose ReLU and, changing only the bias b, make the output a exactly 0.',
    check: (s) => s.act === 'relu' && inputsAndWeightsUnchanged(s) && outputOf(s).z <= 1e-9,
    hint: 'ReLU outputs 0 whenever z is 0 or below. The products add up to 1 − 0.6 + 0.4 = 0.8, so how low must b go?',
    solution: 'Any b ≤ −0.8 works: with b = −0.8, z = 0.8 − 0.8 = 0 and a = max(0, 0) = 0.',
  },
]);
