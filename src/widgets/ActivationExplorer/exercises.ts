import { sigmoidDerivative } from '../../core';
import { defineExercises } from '../shared/exercise';
import type { ExplorerState } from './params';

export const exercises = defineExercises<ExplorerState>([
  {
    id: 'sigmoid-nearly-flat',
    widget: 'activation-slopes',
    prompt: 'Find a z where the sigmoid\'s slope σ\'(z) is below 0.01: a place where learning through this neuron would almost stall.',
    check: (s) => s.sigmoid && sigmoidDerivative(s.z) < 0.01,
    hint: 'The slope σ(z)(1 − σ(z)) is largest at z = 0 (where it is 0.25) and shrinks on both sides. Keep the sigmoid switched on and drag z far out.',
    solution: 'Any z with |z| above about 4.59 works, for example z = 5: σ(5) ≈ 0.993, so σ\'(5) ≈ 0.993 · 0.007 ≈ 0.0066.',
  },
]);
