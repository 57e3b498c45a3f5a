import { defaultsOf, mergeState, type Schema, type StateOf } from './params';
import { readState, writeState } from './addressState';

/**
 * Widget state lives here, one entry per widget id, rather than inside a component: a number in
 * the prose, an exercise and the figure itself can then share one state even though each is its
 * own island. Every change is mirrored into the address (replacing the history entry).
 */
interface Entry {
  schema: Schema;
  state: Record<string, unknown>;
  listeners: Set<() => void>;
}

const entries = new Map<string, Entry>();
// Listeners of widgets not registered yet (their figure is still asleep): moved over, and told,
// when the widget registers. An id no widget ever registers costs nothing (no polling).
const waiting = new Map<string, Set<() => void>>();
// Changes made (by a number in the prose, say) before the widget itself woke up.
const early = new Map<string, Record<string, unknown>>();
const isBrowser = typeof window !== 'undefined';

export function ensureEntry<S extends Schema>(id: string, schema: S): void {
  if (entries.has(id)) return;
  const fromAddress = isBrowser ? readState(schema, id, window.location.search) : {};
  const state = mergeState(schema, { ...defaultsOf(schema), ...fromAddress }, (early.get(id) ?? {}) as Partial<Record<keyof S, unknown>>);
  early.delete(id);
  const listeners = waiting.get(id) ?? new Set<() => void>();
  waiting.delete(id);
  entries.set(id, { schema, state, listeners });
  // Told after this render pass: a listener re-rendering synchronously here would be a render
  // inside another component's render.
  if (listeners.size) queueMicrotask(() => listeners.forEach((listener) => listener()));
}

export function getState<S extends Schema>(id: string): StateOf<S> | undefined {
  return entries.get(id)?.state as StateOf<S> | undefined;
}

export function subscribe(id: string, listener: () => void): () => void {
  const entry = entries.get(id);
  if (entry) {
    entry.listeners.add(listener);
    return () => entry.listeners.delete(listener);
  }
  let list = waiting.get(id);
  if (!list) waiting.set(id, (list = new Set()));
  list.add(listener);
  return () => {
    waiting.get(id)?.delete(listener);
    entries.get(id)?.listeners.delete(listener);
  };
}

function commit(id: string, entry: Entry, next: Record<string, unknown>) {
  if (next === entry.state) return;
  entry.state = next;
  if (isBrowser) scheduleAddressWrite(id, (search) => writeState(entry.schema, id, next as StateOf<Schema>, search));
  entry.listeners.forEach((listener) => listener());
}

export function patchState(id: string, patch: Record<string, unknown>): void {
  const entry = entries.get(id);
  if (entry) commit(id, entry, mergeState(entry.schema, entry.state as StateOf<Schema>, patch));
  else early.set(id, { ...early.get(id), ...patch });
}

export function resetState(id: string): void {
  const entry = entries.get(id);
  if (entry) commit(id, entry, defaultsOf(entry.schema));
}

const pendingWrites = new Map<string, (search: string) => string>();
let flushTimer: ReturnType<typeof setTimeout> | undefined;
let burstStart = 0;
/** Quiet time after the last change before the address is written. */
const SETTLE_MS = 250;
/** A change that never settles (an animation patching its figure) is still written this often. */
const MAX_WAIT_MS = 1000;

// One replaceState once a burst of changes has settled: a drag must not flood the history or
// the main thread. Not during the burst either: on a page this size a change of address costs
// the browser 1–2 ms (every relative link is resolved again), a frame's slack on a slow phone.
function scheduleAddressWrite(id: string, write: (search: string) => string) {
  pendingWrites.set(id, write);
  const now = Date.now();
  if (flushTimer === undefined) burstStart = now;
  clearTimeout(flushTimer);
  flushTimer = setTimeout(() => {
    flushTimer = undefined;
    let search = window.location.search;
    for (const apply of pendingWrites.values()) search = apply(search);
    pendingWrites.clear();
    if (search !== window.location.search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  }, Math.max(0, Math.min(SETTLE_MS, burstStart + MAX_WAIT_MS - now)));
}
