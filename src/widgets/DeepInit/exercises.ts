import { defineExercises } from '../shared/exercise';
import type { DeepInitState } from './params';

/**
 * With ReLU only He keeps Var(a) at layer 10 within a factor 2 of layer 1 (too small and Xavier
 * shrink it, too large blows it up); deepInit.test.ts checks this rule against deepSignal for
 * widths 64–256. (At widths below ~64 the random draws alone can move it by more than 2.)
 */
export const heKeepsReluSteady = (s: DeepInitState) => s.act === 'relu' && s.init === 'he' && s.layers >= 10;

export const exercises = defineExercises<DeepInitState>([
  {
    id: 'deep-init-relu-steady',
    widget: 'deep-init',
    prompt: 'Switch the activation to ReLU and keep at least 10 layers. Find the initialisation for which the variance at the last layer stays within about a factor 2 of the variance at layer 1.',
    check: heKeepsReluSteady,
    hint: 'ReLU sets about half of its inputs to 0, so each layer halves the variance unless the weights make up for it.',
    solution: 'He: Var(w) = 2/n_in, so the gain per layer is n_in · (2/n_in) · ½ = 1. The signal reads "steady".',
  },
]);

export default exercises;
