import { useMemo, useRef } from 'react';
import { neuron } from '../../core';
import { formatNumber } from '../../components/format';
import { defineWidget, type PartProps } from '../shared/defineWidget';
import { activationLabel } from '../shared/activationNames';
import { params, vectorsOf, type AnatomyState } from './params';
import { usePointing, useEquationPointer } from './pointing';
import { activationTex, weightedSumTex } from './anatomyTex';
import { anatomyCode } from './anatomyCode';
import { NeuronDiagram } from './NeuronDiagram';
import { PointingControls } from './PointingControls';

/** The neuron's numbers, and what the reader points at (the equations underline it). */
function useAnatomy(s: AnatomyState) {
  const values = useMemo(() => {
    const { x, w } = vectorsOf(s);
    return { x, w, ...neuron(w, x, s.b, s.act) };
  }, [s]);
  return { ...values, ...usePointing() };
}

function Diagram({ v, set }: PartProps<typeof params, ReturnType<typeof useAnatomy>>) {
  const svg = useRef<SVGSVGElement>(null);
  useEquationPointer(svg, v.point.onHover);
  const f = (n: number) => formatNumber(n);
  const description =
    `Three inputs ${v.x.map(f).join(', ')} flow along arrows weighted ${v.w.map(f).join(', ')} ` +
    `into the sum node; with the bias ${f(v.b)} the weighted sum is z = ${f(v.z)}, and the ` +
    `${activationLabel[v.act]} activation turns it into the output a = ${f(v.a)}. Thicker arrows mean larger weights; ` +
    `solid arrows are positive weights, dashed arrows negative.`;
  return <NeuronDiagram ref={svg} {...v.point} x={v.x} w={v.w} b={v.b} z={v.z} a={v.a} act={v.act} highlighted={v.highlighted} title="Diagram of the neuron" description={description} onValue={(name, value) => set({ [name]: value })} />;
}

/** Chapter 1 (and the opening's teaser): a three-input neuron, drawn, with every term live. */
export default defineWidget({
  caption: 'Neuron anatomy',
  description: 'Drag an input, a weight or the bias, or point at a part of the neuron to find its term in the equation.',
  params,
  useDerived: useAnatomy,
  equations: (v) => [weightedSumTex(v, v.highlighted), activationTex(v, v.highlighted)],
  code: anatomyCode,
  readouts: (v) => [
    { label: 'z', value: formatNumber(v.z), color: 'var(--c-z)' },
    { label: 'a', value: formatNumber(v.a), color: 'var(--c-a)' },
  ],
  announce: (v) => `z = ${formatNumber(v.z)}, a = ${formatNumber(v.a)}`,
  // The generated controls are drawn by PointingControls, each wrapped to point at its part.
  controls: [],
  Controls: PointingControls,
  View: Diagram,
});
