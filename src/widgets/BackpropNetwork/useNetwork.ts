import { useCallback, useMemo, useState } from 'react';
import { backpropPass, networkStep } from '../../core';
import type { PartProps } from '../shared/defineWidget';
import { params, trainable, type NetworkState } from './params';
import { layersOf, networkValues } from './networkValues';

/** What the last "Apply update" did: output and loss before and after, while the figure stays there. */
interface LastUpdate {
  state: NetworkState;
  before: { a: number; L: number };
  after: { a: number; L: number };
  count: number;
}

const same = (a: NetworkState, b: NetworkState) => (Object.keys(a) as (keyof NetworkState)[]).every((k) => a[k] === b[k]);
const clamp = (key: (typeof trainable)[number], x: number) => Math.min(params[key].max, Math.max(params[key].min, x));

/** The parameters after one gradient step on all nine, each kept inside its slider's range. */
export function updatedParameters(s: NetworkState, v: ReturnType<typeof networkValues>): Partial<NetworkState> {
  const [hidden, output] = networkStep(layersOf(s), v.pass, s.eta);
  const next = {
    w1_11: hidden.W[0][0], w1_12: hidden.W[0][1], w1_21: hidden.W[1][0], w1_22: hidden.W[1][1],
    b1_1: hidden.b[0], b1_2: hidden.b[1], w2_1: output.W[0][0], w2_2: output.W[0][1], b2: output.b[0],
  };
  return Object.fromEntries(trainable.map((k) => [k, clamp(k, next[k])]));
}

/** The figure's numbers, and "Apply update" with what it did. */
export function useNetwork(s: NetworkState, set: (patch: Partial<NetworkState>) => void) {
  const [last, setLast] = useState<LastUpdate | null>(null);
  const current = last !== null && same(last.state, s) ? last : null;
  const values = useMemo(() => networkValues(s), [s]);
  const apply = useCallback(() => {
    const patch = updatedParameters(s, values);
    const next = { ...s, ...patch };
    // The forward pass at the new parameters (the figure derives the rest once the state is set).
    const after = backpropPass(layersOf(next), [next.x1, next.x2], [next.y]);
    set(patch);
    setLast({
      state: next,
      before: { a: values.a2, L: values.pass.loss },
      after: { a: after.as[2][0], L: after.loss },
      count: (current?.count ?? 0) + 1,
    });
  }, [s, set, values, current]);
  return useMemo(() => ({ ...values, last: current, apply }), [values, current, apply]);
}

export type NetworkPart = PartProps<typeof params, ReturnType<typeof useNetwork>>;
