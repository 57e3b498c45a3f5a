import { backpropPass, finiteDifferenceGradients } from '../../core';
import { defineExercises } from '../shared/exercise';
import type { NetworkState } from './params';
import { layersOf } from './networkValues';

const atExample = (s: NetworkState) => s.x1 === 2 && s.x2 === 3 && s.y === 1;

/** The largest gap between a backpropagation gradient and its central difference. */
function largestGap(s: NetworkState): number {
  const layers = layersOf(s);
  const pass = backpropPass(layers, [s.x1, s.x2], [s.y]);
  const fd = finiteDifferenceGradients(layers, [s.x1, s.x2], [s.y], s.h);
  const exact = [...pass.dW.flat(2), ...pass.db.flat()], estimate = [...fd.dW.flat(2), ...fd.db.flat()];
  return Math.max(...exact.map((g, i) => Math.abs(g - estimate[i])));
}

export const exercises = defineExercises<NetworkState>([
  {
    id: 'bpn-loss-below-005',
    widget: 'backprop-network',
    prompt: 'Keep x = (2, 3) and y = 1, and press “Apply update” until the loss L is below 0.05.',
    check: (s) => atExample(s) && backpropPass(layersOf(s), [2, 3], [1]).loss < 0.05,
    hint: 'Each update moves all nine parameters against their gradients. From the example, L goes 0.0829 → 0.0715 → 0.0622 → …',
    solution: 'Four updates at η = 0.5: 0.0829 → 0.0715 → 0.0622 → 0.0545 → 0.0482. A larger η gets there in fewer.',
  },
  {
    id: 'bpn-silent-hidden-unit',
    widget: 'backprop-network',
    prompt: 'Keep x = (2, 3) and y = 1, and make hidden unit 2 learn nothing at all from this example: its δ exactly 0, and with it the gradients of its three parameters.',
    check: (s) => atExample(s) && backpropPass(layersOf(s), [2, 3], [1]).deltas[0][1] === 0,
    hint: 'δ¹₂ = w²₂ · δ⁽²⁾ · σ′(z¹₂). Which factor can you make exactly zero?',
    solution: 'Set w²₂ = 0. The output no longer listens to hidden unit 2, so no error flows back to it: δ¹₂ = 0 and so are ∂L/∂w¹₂₁, ∂L/∂w¹₂₂ and ∂L/∂b¹₂.',
  },
  {
    id: 'bpn-step-too-large',
    widget: 'backprop-network',
    prompt: 'Find a step h at which the finite differences miss backpropagation by more than 0.0001 somewhere in the table.',
    check: (s) => largestGap(s) > 1e-4,
    hint: 'The central difference is exact only as h shrinks: its error grows like h².',
    solution: 'h = 10⁻¹: the largest difference is about 2.5 × 10⁻⁴. At 10⁻² it is 100 times smaller, at 10⁻⁴ about 2.5 × 10⁻¹⁰.',
  },
]);
