import { initVariance } from '../../core';
import { defineExercises } from '../shared/exercise';
import type { InitLabState } from './params';

export const exercises = defineExercises<InitLabState>([
  {
    id: 'xavier-sigma-one-tenth',
    widget: 'initialization-lab',
    prompt: 'With Xavier/Glorot, find a layer size n_in and n_out for which σ is exactly 0.1.',
    check: (s) => s.scheme === 'xavier' && Math.abs(Math.sqrt(initVariance(s.scheme, s.nIn, s.nOut)) - 0.1) < 1e-12,
    hint: 'σ = 0.1 means Var(w) = 0.01, and 2 / (n_in + n_out) = 0.01 when n_in + n_out = 200.',
    solution: 'Any pair adding up to 200 works, for example n_in = 100 and n_out = 100: Var(w) = 2/200 = 0.01 and σ = √0.01 = 0.1.',
  },
  {
    id: 'he-sigma-one-half',
    widget: 'initialization-lab',
    prompt: 'Switch to He/Kaiming and choose n_in so that σ = 0.5.',
    check: (s) => s.scheme === 'he' && Math.abs(Math.sqrt(initVariance(s.scheme, s.nIn, s.nOut)) - 0.5) < 1e-12,
    hint: 'σ = 0.5 means Var(w) = 0.25, and He uses Var(w) = 2 / n_in.',
    solution: 'n_in = 8: Var(w) = 2/8 = 0.25 and σ = √0.25 = 0.5 (n_out does not matter for He).',
  },
]);
