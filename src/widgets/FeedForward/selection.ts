import { useCallback, useSyncExternalStore } from 'react';

/**
 * The node a reader points at, per figure: what they are looking at, not a setting, so it stays
 * out of the address and the parameters. null: nothing picked (the figure shows the output).
 */
export interface NodeRef {
  l: number;
  j: number;
}

const picked = new Map<string, NodeRef | null>();
const listeners = new Map<string, Set<() => void>>();

export function pickNode(id: string, node: NodeRef | null): void {
  const current = picked.get(id) ?? null;
  if (current?.l === node?.l && current?.j === node?.j) return;
  picked.set(id, node);
  listeners.get(id)?.forEach((listener) => listener());
}

export function usePickedNode(id: string): NodeRef | null {
  const subscribe = useCallback(
    (listener: () => void) => {
      let set = listeners.get(id);
      if (!set) listeners.set(id, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
    [id],
  );
  return useSyncExternalStore(subscribe, () => picked.get(id) ?? null, () => null);
}
