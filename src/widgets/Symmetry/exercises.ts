import { defineExercises } from '../shared/exercise';
import { trainTrajectory } from './symmetryMath';
import type { SymmetryState } from './params';

export const exercises = defineExercises<SymmetryState>([
  {
    id: 'symmetry-break-it',
    widget: 'symmetry',
    prompt: 'Make the two hidden neurons end up more than 3 apart (Δ > 3) and the loss drop below 0.1.',
    check: (s) => {
      const t = trainTrajectory(s.start, s.seed);
      return t.difference[s.steps] > 3 && t.loss[s.steps] < 0.1;
    },
    hint: 'Started equal, Δ stays 0 however long you train. Start random, then train for longer.',
    solution: 'Choose "start random" and move the steps to 300 (seed 42): Δ ≈ 3.45 and the loss ≈ 0.04 — the network has solved XOR.',
  },
]);
