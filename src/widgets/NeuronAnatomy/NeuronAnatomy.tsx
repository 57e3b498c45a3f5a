import { useState, type MouseEvent, type ReactNode } from 'react';
import { neuron } from '../../core';
import { Slider } from '../../components/Slider';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { LiveMath } from '../../components/LiveMath';
import { formatNumber } from '../../components/format';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { activationLabels, anatomySchema, partOfClassName, vectorsOf, type AnatomyPart } from './anatomyState';
import { activationTex, weightedSumTex } from './anatomyTex';
import { anatomyCode } from './anatomyCode';
import { NeuronDiagram } from './NeuronDiagram';

const activationOptions = (['sigmoid', 'relu', 'tanh'] as const).map((value) => ({ value, label: activationLabels[value] }));

interface PointHandlers {
  onHover: (p: AnatomyPart | null) => void;
  onFocusPart: (p: AnatomyPart | null) => void;
}

/** Wraps a control so focusing or hovering it points at its part of the neuron. */
function Pointing({ part, onHover, onFocusPart, children }: PointHandlers & { part: AnatomyPart; children: ReactNode }) {
  return (
    <div
      className="nn-anatomy__control"
      data-part={part}
      onFocus={() => onFocusPart(part)}
      onBlur={() => onFocusPart(null)}
      onMouseEnter={() => onHover(part)}
      onMouseLeave={() => onHover(null)}
    >
      {children}
    </div>
  );
}

/** Chapter 1 (and the opening's teaser): a three-input neuron, drawn, with every term live. */
export default function NeuronAnatomy({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, anatomySchema);
  const [hovered, setHovered] = useState<AnatomyPart | null>(null);
  const [focused, setFocused] = useState<AnatomyPart | null>(null);
  const highlighted = hovered ?? focused;
  const { x, w } = vectorsOf(s);
  const { z, a } = neuron(w, x, s.b, s.act);
  const values = { x, w, b: s.b, act: s.act, z, a };
  const fmt = (v: number) => formatNumber(v);

  // Pointing at a term of the live equation highlights the matching part of the diagram.
  const onEquationPointer = (e: MouseEvent<HTMLDivElement>) => {
    let el = e.target as Element | null;
    while (el && el !== e.currentTarget) {
      const p = partOfClassName(typeof el.className === 'string' ? el.className : '');
      if (p) return setHovered(p);
      el = el.parentElement;
    }
    setHovered(null);
  };

  // Hover and focus are tracked apart, so a mouse leaving does not clear a focused slider's term.
  const point: PointHandlers = { onHover: setHovered, onFocusPart: setFocused };

  const description =
    `Three inputs ${x.map(fmt).join(', ')} flow along arrows weighted ${w.map(fmt).join(', ')} ` +
    `into the sum node; with the bias ${fmt(s.b)} the weighted sum is z = ${fmt(z)}, and the ` +
    `${activationLabels[s.act]} activation turns it into the output a = ${fmt(a)}. Thicker arrows mean larger weights; ` +
    `solid arrows are positive weights, dashed arrows negative.`;

  const slider = (key: 'x1' | 'x2' | 'x3' | 'w1' | 'w2' | 'w3' | 'b', label: string, part: AnatomyPart, color: string, min: number, max: number, step: number) => (
    <Pointing part={part} {...point}>
      <Slider label={label} value={s[key]} min={min} max={max} step={step} color={color} onChange={(v) => set({ [key]: v })} />
    </Pointing>
  );

  return (
    <WidgetFrame
      id={id}
      caption="Neuron anatomy"
      description="Drag an input, a weight or the bias, or point at a part of the neuron to find its term in the equation."
      schema={anatomySchema}
      state={s}
      onReset={reset}
      code={anatomyCode(values)}
      announce={`z = ${fmt(z)}, a = ${fmt(a)}`}
      equation={
        <div className="nn-anatomy__equation" onMouseOver={onEquationPointer} onMouseLeave={() => setHovered(null)}>
          <LiveMath display tex={weightedSumTex(values, highlighted)} />
          <LiveMath display tex={activationTex(values, highlighted)} />
          <Readout
            items={[
              { label: 'z', value: fmt(z), color: 'var(--c-z)' },
              { label: 'a', value: fmt(a), color: 'var(--c-a)' },
            ]}
          />
        </div>
      }
      controls={
        <>
          {slider('x1', 'x1 (input 1)', 'p1', 'var(--c-x)', -5, 5, 0.1)}
          {slider('w1', 'w1 (weight 1)', 'p1', 'var(--c-w)', -2, 2, 0.01)}
          {slider('x2', 'x2 (input 2)', 'p2', 'var(--c-x)', -5, 5, 0.1)}
          {slider('w2', 'w2 (weight 2)', 'p2', 'var(--c-w)', -2, 2, 0.01)}
          {slider('x3', 'x3 (input 3)', 'p3', 'var(--c-x)', -5, 5, 0.1)}
          {slider('w3', 'w3 (weight 3)', 'p3', 'var(--c-w)', -2, 2, 0.01)}
          {slider('b', 'b (bias)', 'pb', 'var(--c-b)', -2, 2, 0.01)}
          <Pointing part="pa" {...point}>
            <ChoiceGroup legend="Activation f" options={activationOptions} value={s.act} onChange={(act) => set({ act })} />
          </Pointing>
        </>
      }
    >
      <NeuronDiagram
        x={x}
        w={w}
        b={s.b}
        z={z}
        a={a}
        act={s.act}
        highlighted={highlighted}
        {...point}
        title="Diagram of the neuron"
        description={description}
      />
    </WidgetFrame>
  );
}
