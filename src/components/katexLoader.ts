/**
 * KaTeX is loaded lazily (dynamic import), so it stays out of the first-load bundle: static
 * equations are typeset at build time and only live equations need it at runtime.
 * LiveMath subscribes here and re-renders when the module arrives.
 */
import type katexModule from 'katex';

export type Katex = typeof katexModule;

let katex: Katex | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Start (or join) loading KaTeX; resolves once getKatex() returns the module. */
export function preloadKatex(): Promise<void> {
  if (katex) return Promise.resolve();
  loading ??= import('katex').then(
    (m) => {
      katex = m.default;
      for (const listener of [...listeners]) listener();
    },
    (error: unknown) => {
      loading = null; // let a later call retry (e.g. after a flaky network)
      throw error;
    },
  );
  return loading;
}

/** The loaded module, or null while it is not loaded yet. */
export function getKatex(): Katex | null {
  return katex;
}

/** Be told once when KaTeX arrives; returns the unsubscribe function (useSyncExternalStore shape). */
export function subscribeKatex(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
