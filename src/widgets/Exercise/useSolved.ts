import { useEffect, useState } from 'react';
import type { ExerciseDefinition } from '../shared/exercise';
import { useStateOf } from '../shared/useWidgetState';
import { isSolved, markSolved } from './progress';

function safeCheck(check: (state: Record<string, unknown>) => boolean, state: Record<string, unknown> | undefined): boolean {
  if (!state) return false;
  try {
    return check(state) === true;
  } catch {
    return false;
  }
}

/** Whether the exercise is solved by its widget's state now, and whether it was on an earlier visit. */
export function useSolved(id: string, exercise: ExerciseDefinition | undefined) {
  const state = useStateOf(exercise?.widget ?? '');
  const now = exercise ? safeCheck(exercise.check, state) : false;
  const [before, setBefore] = useState(false);
  // Local storage is read after hydration: the server and the first render say "not solved".
  useEffect(() => setBefore(isSolved(id)), [id]);
  useEffect(() => {
    if (!now) return;
    markSolved(id);
    setBefore(true);
  }, [now, id]);
  return { now, before };
}
