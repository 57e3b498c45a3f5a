import { useDeferredValue, useState } from 'react';
import { Slider } from '../../components/Slider';
import { Button } from '../../components/Button';
import { LiveMath } from '../../components/LiveMath';
import { formatNumber } from '../../components/format';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { backpropSchema } from './backpropState';
import { backwardTex, forwardTex, updateTex } from './backpropTex';
import { backpropCode } from './backpropCode';
import { applyUpdate, backprop } from './backpropMath';

const f3 = (x: number) => formatNumber(x);
const f4 = (x: number) => formatNumber(x, 4);

/** Chapter 10: the chain rule on the chapter-7 neuron, factor by factor, and one update step. */
export default function BackpropByHand({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, backpropSchema);
  const [last, setLast] = useState<{ before: number; after: number; count: number } | null>(null);
  const r = backprop(s);
  const values = { ...s, ...r };
  // The three typeset equations are the costliest part of a frame: let them trail a drag by a
  // frame rather than hold up the slider and the readouts.
  const texValues = useDeferredValue(values);

  const apply = () => {
    const step = applyUpdate(s);
    set({ w1: step.w1, w2: step.w2, b: step.b });
    setLast((prev) => ({ before: step.before, after: step.after, count: (prev?.count ?? 0) + 1 }));
  };
  const onReset = () => {
    setLast(null);
    reset();
  };

  return (
    <WidgetFrame
      id={id}
      caption="Backpropagation by hand"
      description="Each factor of the chain rule as a number; apply the update and watch the loss fall."
      schema={backpropSchema}
      state={s}
      onReset={onReset}
      code={backpropCode(s)}
      announce={
        last
          ? `After update ${last.count}: loss ${f4(last.before)} → ${f4(last.after)}, w1 = ${f3(s.w1)}, w2 = ${f3(s.w2)}, b = ${f3(s.b)}`
          : `dL/dw1 = ${f3(r.dLdw1)}, dL/dw2 = ${f3(r.dLdw2)}, dL/db = ${f3(r.dLdb)}`
      }
      actions={
        <Button variant="primary" onClick={apply}>
          Apply update
        </Button>
      }
      equation={
        <div className="nn-learn-equation">
          <LiveMath display tex={forwardTex(texValues)} />
          <LiveMath display tex={backwardTex(texValues)} />
          <LiveMath display tex={updateTex(texValues)} />
        </div>
      }
      controls={
        <div className="nn-controls-grid">
          <Slider label="x1 (input 1)" value={s.x1} min={-5} max={5} step={0.1} color="var(--c-x)" onChange={(x1) => set({ x1 })} />
          <Slider label="x2 (input 2)" value={s.x2} min={-5} max={5} step={0.1} color="var(--c-x)" onChange={(x2) => set({ x2 })} />
          <Slider label="w1 (weight 1)" value={s.w1} min={-5} max={5} step={0.01} color="var(--c-w)" onChange={(w1) => set({ w1 })} />
          <Slider label="w2 (weight 2)" value={s.w2} min={-5} max={5} step={0.01} color="var(--c-w)" onChange={(w2) => set({ w2 })} />
          <Slider label="b (bias)" value={s.b} min={-5} max={5} step={0.01} color="var(--c-b)" onChange={(b) => set({ b })} />
          <Slider label="y (target)" value={s.y} min={0} max={1} step={0.01} color="var(--c-y)" onChange={(y) => set({ y })} />
          <Slider label="eta (learning rate)" value={s.eta} min={0} max={2} step={0.01} color="var(--accent)" onChange={(eta) => set({ eta })} />
        </div>
      }
    >
      <Readout
        label="Forward pass"
        items={[
          { label: 'z', value: f3(r.z), color: 'var(--c-z)' },
          { label: 'a', value: f3(r.a), color: 'var(--c-a)' },
          { label: 'L', value: f4(r.L) },
          { label: 'w1', value: f3(s.w1), color: 'var(--c-w)' },
          { label: 'w2', value: f3(s.w2), color: 'var(--c-w)' },
          { label: 'b', value: f3(s.b), color: 'var(--c-b)' },
        ]}
      />
      <Readout
        label="Backward pass"
        items={[
          { label: 'dL/da', value: f3(r.dLda) },
          { label: 'da/dz', value: f3(r.dadz) },
          { label: 'dL/dw1', value: f3(r.dLdw1), color: 'var(--c-w)' },
          { label: 'dL/dw2', value: f3(r.dLdw2), color: 'var(--c-w)' },
          { label: 'dL/db', value: f3(r.dLdb), color: 'var(--c-b)' },
        ]}
      />
      {last ? (
        <Readout label="Last update" items={[{ label: 'L before → after', value: `${f4(last.before)} → ${f4(last.after)}` }]} />
      ) : (
        <p className="nn-learn-note">Press “Apply update” to take one gradient step on w1, w2 and b.</p>
      )}
    </WidgetFrame>
  );
}
