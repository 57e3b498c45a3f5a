import { fitStart, trainFit, type Fit } from '../../core';
import type { NfState } from './params';

/** The seeded network a state starts from (its steps aside): N, f and the seed. */
export const baseKey = (s: Pick<NfState, 'n' | 'act' | 'seed'>) => `${s.n}|${s.act}|${s.seed}`;

// The furthest network trained so far for one start and target. Training is a function of the
// weights alone, so the next press of Train (or the exercise check) resumes from it instead of
// replaying every step from the seed; a state with fewer steps starts over.
let furthest: { key: string; fit: Fit } | null = null;

export function resumePoint(s: NfState): Fit {
  const key = `${baseKey(s)}|${s.target}`;
  return furthest && furthest.key === key && furthest.fit.done <= s.steps ? furthest.fit : fitStart(s);
}

export function remember(s: NfState, fit: Fit): void {
  const key = `${baseKey(s)}|${s.target}`;
  if (!fit.diverged && fit.done <= s.steps && (!furthest || furthest.key !== key || furthest.fit.done < fit.done)) furthest = { key, fit };
}

/** The network a state describes: built from its seed and trained its `steps` steps, as the figure does. */
export function fitOfState(s: NfState): Fit {
  const from = resumePoint(s);
  const fit = trainFit(from, s.target, s.steps - from.done);
  remember(s, fit);
  return fit;
}
