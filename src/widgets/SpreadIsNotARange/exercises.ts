import { defineExercises } from '../shared/exercise';
import { computeSpread } from './spreadMath';
import type { SpreadState } from './params';

export const exercises = defineExercises<SpreadState>([
  {
    id: 'spread-find-a-far-draw',
    widget: 'spread-is-not-a-range',
    prompt: 'Find a seed for which, with σ = 0.632 and N = 1,000, at least one draw lies beyond ±3σ (beyond ±1.90).',
    check: (s) => Math.abs(s.sigma - 0.632) < 1e-9 && s.count === 1000 && computeSpread(s).counts.beyond3 >= 1,
    hint: 'About 0.27 % of draws lie beyond ±3σ, so 1,000 draws hold about 2.7 of them on average. Press Resample a few times.',
    solution: 'Most seeds work: the readout "beyond ±3σ" is usually 1 to 5. Such draws are rare, not impossible.',
  },
]);
