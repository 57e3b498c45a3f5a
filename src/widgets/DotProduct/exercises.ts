import { defineExercises } from '../shared/exercise';
import { params as d, type DotProductState } from './params';
import { dotProductValues } from './dotProductMath';

export const exercises = defineExercises<DotProductState>([
  {
    id: 'dot-product-zero',
    widget: 'dot-product',
    prompt: 'Starting from the example, change only w3 so that z becomes exactly 0.',
    check: (s) =>
      s.x1 === d.x1.default && s.x2 === d.x2.default && s.x3 === d.x3.default &&
      s.w1 === d.w1.default && s.w2 === d.w2.default && s.b === d.b.default &&
      Math.abs(dotProductValues(s).z) < 1e-9,
    hint: 'Without the third term, w1x1 + w2x2 + b = 1 − 0.6 + 0.1 = 0.5. The third product w3 · x3 must cancel it, and x3 = 1.',
    solution: 'w3 = −0.5: then w3x3 = −0.5 and z = 1 − 0.6 − 0.5 + 0.1 = 0.',
  },
]);

export default exercises;
