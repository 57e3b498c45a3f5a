import { defineExercises } from '../shared/exercise';
import { CRITICAL_ETA, descend } from '../../core';
import type { DescentState } from './params';

export const exercises = defineExercises<DescentState>([
  {
    id: 'gd-largest-rate',
    widget: 'gradient-descent',
    prompt: 'Find a learning rate within 10 % of the largest one that still converges on this bowl, and run at least 20 steps with it.',
    check: (s) => s.eta >= 0.9 * CRITICAL_ETA && s.eta < CRITICAL_ETA && s.steps >= 20 && !descend(s.w1s, s.w2s, s.eta, s.steps).diverged,
    hint: 'One step multiplies w2 by (1 − 5η). The walk shrinks only while that factor lies between −1 and 1.',
    solution: '1 − 5η > −1 gives η < 2/5 = 0.4. Any η from 0.36 up to (but not including) 0.4 converges, zigzagging across the narrow valley; at 0.4 it bounces forever, above it diverges.',
  },
]);
