import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { getState, subscribe } from '../shared/widgetStore';
import type { WidgetProps } from '../registry';
import { findExercise } from './exerciseRegistry';
import { isSolved, markSolved } from './progress';

function safeCheck(check: (state: Record<string, unknown>) => boolean, state: Record<string, unknown> | undefined): boolean {
  if (!state) return false;
  try {
    return check(state) === true;
  } catch {
    return false;
  }
}

/** An exercise checked against a live widget; solved ones are remembered in local storage. */
export default function Exercise({ id }: WidgetProps) {
  const exercise = findExercise(id);
  const widget = exercise?.widget ?? '';
  const state = useSyncExternalStore(
    useCallback((listener: () => void) => subscribe(widget, listener), [widget]),
    () => getState<Record<string, never>>(widget) as Record<string, unknown> | undefined,
    () => undefined,
  );
  const solvedNow = exercise ? safeCheck(exercise.check, state) : false;
  const [solvedBefore, setSolvedBefore] = useState(false);
  useEffect(() => setSolvedBefore(isSolved(id)), [id]);
  useEffect(() => {
    if (solvedNow) {
      markSolved(id);
      setSolvedBefore(true);
    }
  }, [solvedNow, id]);

  if (!exercise) return null;
  const status = solvedNow ? 'Solved — well done.' : solvedBefore ? 'Solved before. Try it again if you like.' : 'Not solved yet.';
  return (
    <aside className={`nn-exercise${solvedNow ? ' nn-exercise--solved' : ''}`} aria-label="Exercise">
      <p className="nn-exercise__label">
        <span aria-hidden="true">✎</span> Exercise
      </p>
      <p className="nn-exercise__prompt">{exercise.prompt}</p>
      <p className="nn-exercise__status" role="status">
        {status}
      </p>
      <details>
        <summary>Hint</summary>
        <p>{exercise.hint}</p>
      </details>
      <details>
        <summary>Solution</summary>
        <p>{exercise.solution}</p>
      </details>
    </aside>
  );
}
