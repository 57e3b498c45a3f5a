/**
 * A short exercise checked against a live widget's state. Each widget folder may export a list
 * from `exercises.ts`; a chapter places one with `<Exercise id="…" />`.
 */
export interface ExerciseDefinition<State = Record<string, unknown>> {
  /** Stable id, used in the MDX tag and in the reader's saved progress. */
  id: string;
  /** The widget instance whose state is checked (its `id`, e.g. "calculation-by-hand"). */
  widget: string;
  /** The task, in one or two sentences. */
  prompt: string;
  /** True once the widget's state solves the task. Computes through src/core when it needs to. */
  check: (state: State) => boolean;
  hint: string;
  solution: string;
}

/** Identity helper that types `check` against a widget's state. */
export function defineExercises<State>(list: ExerciseDefinition<State>[]): ExerciseDefinition[] {
  return list as unknown as ExerciseDefinition[];
}
