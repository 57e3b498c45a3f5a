import type { ExerciseDefinition } from '../shared/exercise';

// Every widget folder may define exercises in `exercises.ts`; they are collected here by id.
const modules = import.meta.glob<{ exercises: ExerciseDefinition[] }>('../*/exercises.ts', { eager: true });

const byId = new Map<string, ExerciseDefinition>();
for (const module of Object.values(modules)) for (const exercise of module.exercises ?? []) byId.set(exercise.id, exercise);

export function findExercise(id: string): ExerciseDefinition | undefined {
  return byId.get(id);
}
