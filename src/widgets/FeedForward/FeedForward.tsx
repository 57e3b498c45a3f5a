import { useDeferredValue, useMemo, useState } from 'react';
import { Slider } from '../../components/Slider';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { LiveMath } from '../../components/LiveMath';
import { formatNumber } from '../../components/format';
import { divergingColor, sequentialColor } from '../../components/plot/colorRamps';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { activationLabels, feedSchema } from './feedState';
import { feedValues, nodeName } from './feedMath';
import { networkTex, nodeTex } from './feedTex';
import { feedCode } from './feedCode';
import { NetworkDiagram } from './NetworkDiagram';

const activationOptions = (['sigmoid', 'relu', 'tanh'] as const).map((value) => ({ value, label: activationLabels[value] }));

/** Chapter 8: a small feed-forward network; each layer's output vector is the next layer's input. */
export default function FeedForward({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, feedSchema);
  const v = useMemo(() => feedValues(s.x1, s.x2, s.width, s.depth, s.act, s.seed), [s.x1, s.x2, s.width, s.depth, s.act, s.seed]);
  const last = v.sizes.length - 1;
  const [picked, setPicked] = useState<{ l: number; j: number } | null>(null);
  // The output node until the reader picks one; a pick that no longer exists falls back to it.
  const selected = picked && picked.l <= last && picked.j < v.sizes[picked.l] ? picked : { l: last, j: 0 };
  const out = v.as[last][0];
  const f = (x: number) => formatNumber(x);

  let colorRange = 1;
  if (s.act === 'relu') for (let l = 1; l <= last; l++) for (const a of v.as[l]) colorRange = Math.max(colorRange, Math.abs(a));
  // sigmoid outputs lie in (0, 1): a sequential ramp; tanh and ReLU have a sign or a scale: diverging.
  const nodeColor = useMemo(() => (s.act === 'sigmoid' ? sequentialColor([0, 1]) : divergingColor(colorRange)), [s.act, colorRange]);
  const title = `Network ${v.sizes.join('-')} with ${activationLabels[s.act]} neurons`;
  const description =
    `Inputs x = (${f(s.x1)}, ${f(s.x2)}). ` +
    v.as.slice(1).map((a, i) => `${i + 1 === last ? 'Output' : `Layer ${i + 1}`}: a = (${Array.from(a, (x) => formatNumber(x, 2)).join(', ')})`).join('. ') +
    `. Lines are weights: red positive, blue negative, thicker for larger size. Node colour is the value (${s.act === 'sigmoid' ? 'white 0 to blue 1' : 'blue negative, white 0, red positive'}).`;
  const selectedName = nodeName(v.sizes, selected.l, selected.j, formatNumber(v.as[selected.l][selected.j], 2));

  // A layer more or less re-typesets both equations (a new shape, not new digits): let them trail
  // a drag by a frame rather than hold up the network drawing and the readouts.
  const networkEquation = useDeferredValue(networkTex(last, s.act));
  const nodeEquation = useDeferredValue(nodeTex(v, selected.l, selected.j, s.act));

  return (
    <WidgetFrame
      id={id}
      caption="Feed-forward network"
      description="Each layer's output vector is the next layer's input. Hover, tap or Tab to a node to see its own equation."
      schema={feedSchema}
      state={s}
      onReset={() => { reset(); setPicked(null); }}
      onResample={() => set({ seed: (s.seed * 7919 + 1) % 1_000_000 })}
      code={feedCode(v, s.act)}
      announce={`output a = ${f(out)}`}
      equation={
        <div className="nn-ff-equation">
          <LiveMath display tex={networkEquation} />
          <p className="nn-ff-selected">{selectedName}</p>
          <LiveMath display tex={nodeEquation} />
          <Readout
            items={[
              { label: 'output', value: f(out), color: 'var(--c-a)' },
              { label: 'selected node', value: formatNumber(v.as[selected.l][selected.j]), color: selected.l === 0 ? 'var(--c-x)' : 'var(--c-a)' },
              { label: 'parameters', value: String(v.parameters) },
            ]}
          />
        </div>
      }
      controls={
        <div className="nn-controls-grid">
          <Slider label="x1 (input 1)" value={s.x1} min={-5} max={5} step={0.1} color="var(--c-x)" onChange={(x1) => set({ x1 })} />
          <Slider label="x2 (input 2)" value={s.x2} min={-5} max={5} step={0.1} color="var(--c-x)" onChange={(x2) => set({ x2 })} />
          <Slider label="hidden width (neurons per layer)" value={s.width} min={1} max={5} step={1} onChange={(width) => set({ width })} />
          <Slider label="hidden layers (depth)" value={s.depth} min={1} max={3} step={1} onChange={(depth) => set({ depth })} />
          <ChoiceGroup legend="Activation f" options={activationOptions} value={s.act} onChange={(act) => set({ act })} />
        </div>
      }
    >
      <NetworkDiagram v={v} nodeColor={nodeColor} selected={selected} onSelect={(l, j) => setPicked({ l, j })} title={title} description={description} />
    </WidgetFrame>
  );
}
