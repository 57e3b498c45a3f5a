import { useCallback, useSyncExternalStore } from 'react';
import { defaultsOf, type Schema, type StateOf } from './params';
import { writeState } from './addressState';
import { ensureEntry, getState, patchState, resetState, subscribe } from './widgetStore';

type Patch<S extends Schema> = Partial<StateOf<S>> | ((state: StateOf<S>) => Partial<StateOf<S>>);

const serverDefaults = new WeakMap<Schema, unknown>();
function defaultsFor<S extends Schema>(schema: S): StateOf<S> {
  if (!serverDefaults.has(schema)) serverDefaults.set(schema, defaultsOf(schema));
  return serverDefaults.get(schema) as StateOf<S>;
}

/**
 * A widget's state, bounded by its schema, shared by id across islands and mirrored in the
 * address. The server (and hydration) render the defaults; a widget whose address holds state is
 * rendered fresh instead of hydrated, so a shared link opens it exactly as it was.
 * Define `schema` at module level so its identity is stable.
 */
export function useWidgetState<S extends Schema>(id: string, schema: S) {
  ensureEntry(id, schema);
  const state = useSyncExternalStore(
    useCallback((listener: () => void) => subscribe(id, listener), [id]),
    () => getState<S>(id) ?? defaultsFor(schema),
    () => defaultsFor(schema),
  );
  const update = useCallback(
    (patch: Patch<S>) => {
      const current = getState<S>(id) ?? defaultsFor(schema);
      patchState(id, typeof patch === 'function' ? patch(current) : patch);
    },
    [id, schema],
  );
  const reset = useCallback(() => resetState(id), [id]);
  return [state, update, reset] as const;
}

/** A link to this widget alone, in the state it is in now. */
export function widgetLink<S extends Schema>(id: string, schema: S, state: StateOf<S>): string {
  const search = writeState(schema, id, state, '');
  return `${window.location.origin}${window.location.pathname}${search}#fig-${id}`;
}

/**
 * Another island's view of a widget's state (a number in the prose, an exercise): read-only,
 * undefined until that widget has woken.
 */
export function useStateOf(id: string): Record<string, unknown> | undefined {
  return useSyncExternalStore(
    useCallback((listener: () => void) => subscribe(id, listener), [id]),
    () => getState<Record<string, never>>(id) as Record<string, unknown> | undefined,
    () => undefined,
  );
}
