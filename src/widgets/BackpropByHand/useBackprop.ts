import { useMemo, useSyncExternalStore } from 'react';
import type { PartProps } from '../shared/defineWidget';
import type { params, BackpropState } from './params';
import { backprop } from './backpropMath';
import { backpropDigits } from './backpropDigits';

/** What the last press of "Apply update" did, per figure: it is not part of the address. */
export interface LastUpdate {
  before: number;
  after: number;
  count: number;
}

const updates = new Map<string, LastUpdate>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function recordUpdate(id: string, before: number, after: number): void {
  updates.set(id, { before, after, count: (updates.get(id)?.count ?? 0) + 1 });
  notify();
}

export function clearUpdate(id: string): void {
  if (updates.delete(id)) notify();
}

export const useLastUpdate = (id: string): LastUpdate | null => useSyncExternalStore(subscribe, () => updates.get(id) ?? null, () => null);

/** The figure's numbers: the core's forward and backward pass, their shown decimals, the last update. */
export function useBackprop(s: BackpropState, _set: unknown, id: string) {
  const last = useLastUpdate(id);
  return useMemo(() => {
    const r = backprop(s);
    return { ...r, digits: backpropDigits({ ...s, ...r }), last };
  }, [s, last]);
}
export type BackpropPart = PartProps<typeof params, ReturnType<typeof useBackprop>>;
