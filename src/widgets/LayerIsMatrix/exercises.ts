import { defineExercises } from '../shared/exercise';
import type { LayerState } from './params';

export const exercises = defineExercises<LayerState>([
  {
    id: 'layer-parameter-count',
    widget: 'layer-is-matrix',
    prompt: 'How many parameters does a layer of 8 neurons on 16 inputs have? Set the sliders to that layer to check your answer.',
    check: (s) => s.nIn === 16 && s.nOut === 8,
    hint: 'W has one row per neuron and one column per input; every neuron also has one bias.',
    solution: 'n_in = 16, n_out = 8: W holds 8 · 16 = 128 weights, b holds 8 biases, 136 parameters in all.',
  },
]);

export default exercises;
