import type { WidgetProps } from '../registry';
import { findExercise } from './exerciseRegistry';
import { useSolved } from './useSolved';

/** An exercise checked against a live widget; solved ones are remembered in local storage. */
export default function Exercise({ id }: WidgetProps) {
  const exercise = findExercise(id);
  const solved = useSolved(id, exercise);
  if (!exercise) return null;
  const status = solved.now ? 'Solved — well done.' : solved.before ? 'Solved before. Try it again if you like.' : 'Not solved yet.';
  return (
    <aside className={`nn-exercise${solved.now ? ' nn-exercise--solved' : ''}`} aria-label="Exercise">
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
