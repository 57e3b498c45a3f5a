import { defineWidget, type PartProps } from '../shared/defineWidget';
import { params } from './params';
import { layerValues } from './layerMath';
import { parametersTex, rowTex, shapesTex } from './layerTex';
import { layerCode } from './layerCode';
import { WeightTable } from './WeightTable';

type Part = PartProps<typeof params, ReturnType<typeof layerValues>>;
const shapeOf = (v: Part['v']) => `${v.nOut} × ${v.nIn}`;

/** Chapter 8: a layer as a matrix W (rows = neurons, columns = inputs) and z = Wx + b as shapes and numbers. */
export default defineWidget({
  caption: 'A layer is a matrix',
  description: "Stack each neuron's weights as one row: the whole layer is one matrix times one vector.",
  params,
  derive: layerValues,
  equations: (v) => [
    '\\mathbf{z} = \\mathbf{W}x + \\mathbf{b}',
    shapesTex(v.nIn, v.nOut),
    { title: <span className="nn-layer-note">Neuron {v.picked + 1} (row {v.picked + 1} of W):</span>, tex: rowTex(v) },
    parametersTex(v.nIn, v.nOut),
  ],
  readouts: (v) => [
    { label: 'W shape', value: shapeOf(v), color: 'var(--c-w)' },
    { label: 'x shape', value: String(v.nIn), color: 'var(--c-x)' },
    { label: 'z shape', value: String(v.nOut), color: 'var(--c-z)' },
    { label: 'parameters', value: String(v.parameters) },
  ],
  code: layerCode,
  announce: (v) => `W is ${shapeOf(v)}, z has ${v.nOut} entries, ${v.parameters} parameters`,
  resample: true,
  View: ({ id, v, set }: Part) => <WeightTable id={id} v={v} onPick={(j) => set({ row: j + 1 })} />,
});
