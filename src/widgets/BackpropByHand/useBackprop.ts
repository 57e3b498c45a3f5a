import { useCallback, useMemo, useState } from 'react';
import type { PartProps } from '../shared/defineWidget';
import type { params, BackpropState } from './params';
import { applyUpdate, backprop } from './backpropMath';
import { backpropDigits } from './backpropDigits';

/** What the last press of "Apply update" did, and the state it left the figure in. */
interface LastUpdate {
  state: BackpropState;
  before: number;
  after: number;
  count: number;
}

const sameState = (a: BackpropState, b: BackpropState) => (Object.keys(a) as (keyof BackpropState)[]).every((k) => a[k] === b[k]);

/**
 * The figure's numbers: the core's forward and backward pass, their shown decimals, and the last
 * update while the figure is still where that update left it (a drag, or Reset, ends it).
 */
export function useBackprop(s: BackpropState, set: (patch: Partial<BackpropState>) => void) {
  const [last, setLast] = useState<LastUpdate | null>(null);
  const current = last !== null && sameState(last.state, s) ? last : null;
  const apply = useCallback(() => {
    const { w1, w2, b, before, after } = applyUpdate(s);
    set({ w1, w2, b });
    setLast({ state: { ...s, w1, w2, b }, before, after, count: (current?.count ?? 0) + 1 });
  }, [s, set, current]);
  return useMemo(() => {
    const r = backprop(s);
    return { ...r, digits: backpropDigits({ ...s, ...r }), last: current, apply };
  }, [s, current, apply]);
}
export type BackpropPart = PartProps<typeof params, ReturnType<typeof useBackprop>>;
