import { useMemo } from 'react';
import { formatNumber } from '../../components/format';
import { defineWidget, type PartProps } from '../shared/defineWidget';
import { params, type FeedState } from './params';
import { feedValues, nodeName, selectedNode } from './feedMath';
import { networkTex, nodeTex } from './feedTex';
import { feedCode } from './feedCode';
import { pickNode, usePickedNode } from './selection';
import { NetworkDiagram } from './NetworkDiagram';

/** The network, and the node the reader points at (the output until they pick one). */
function useFeedValues(s: FeedState, _set: unknown, id: string) {
  const values = useMemo(() => feedValues(s), [s]);
  const picked = usePickedNode(id);
  return useMemo(() => ({ ...values, selected: selectedNode(values.sizes, picked) }), [values, picked]);
}
type Part = PartProps<typeof params, ReturnType<typeof useFeedValues>>;
const output = (v: Part['v']) => v.as[v.sizes.length - 1][0];

/** Chapter 8: a small feed-forward network; each layer's output vector is the next layer's input. */
export default defineWidget({
  caption: 'Feed-forward network',
  description: "Each layer's output vector is the next layer's input. Hover, tap or Tab to a node to see its own equation.",
  params,
  useDerived: useFeedValues,
  equations: (v) => [
    networkTex(v.sizes.length - 1, v.act),
    {
      title: <span className="nn-ff-selected">{nodeName(v.sizes, v.selected.l, v.selected.j, formatNumber(v.as[v.selected.l][v.selected.j], 2))}</span>,
      tex: nodeTex(v, v.selected, v.act),
    },
  ],
  readouts: (v) => [
    { label: 'output', value: formatNumber(output(v)), color: 'var(--c-a)' },
    { label: 'selected node', value: formatNumber(v.as[v.selected.l][v.selected.j]), color: v.selected.l === 0 ? 'var(--c-x)' : 'var(--c-a)' },
    { label: 'parameters', value: String(v.parameters) },
  ],
  code: (v) => feedCode(v, v.act),
  announce: (v) => `output a = ${formatNumber(output(v))}`,
  resample: true,
  onReset: (id) => pickNode(id, null),
  View: ({ id, v, set }: Part) => (
    <NetworkDiagram v={v} selected={v.selected} onSelect={(l, j) => pickNode(id, { l, j })} onInput={(name, value) => set({ [name]: value })} />
  ),
});
