import { useMemo } from 'react';
import { matrix, matVec } from '../../core';
import { Slider } from '../../components/Slider';
import { Button } from '../../components/Button';
import { LiveMath } from '../../components/LiveMath';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { RuleX } from '../../components/plot/Rules';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { W_EXAMPLE, layerSchema } from './layerState';
import { layerTex } from './layerTex';
import { layerCode } from './layerCode';
import { NeuronBars } from './NeuronBars';

const W = matrix(2, 3, W_EXAMPLE.flat());
const ROW_COLORS = ['var(--series-1)', 'var(--series-3)'] as const;
const LABELS = ['neuron 1', 'neuron 2'] as const;
const f = (x: number) => formatNumber(x);

/** Chapter 4: a layer of two neurons, z = Wx + b, each neuron with its own bias. */
export default function LayerWithBias({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, layerSchema);
  const values = useMemo(() => {
    const x = [s.x1, s.x2, s.x3];
    const b = [s.b1, s.b2];
    const wx = matVec(W, x);
    const z = Float64Array.from(wx, (v, i) => v + b[i]);
    return { W: W_EXAMPLE, x, b, wx, z };
  }, [s.x1, s.x2, s.x3, s.b1, s.b2]);
  const { wx, z } = values;
  const lo = Math.min(0, ...wx, ...z);
  const hi = Math.max(0, ...wx, ...z);
  const pad = Math.max(0.25, (hi - lo) * 0.1);

  return (
    <WidgetFrame
      id={id}
      caption="Layer with a bias vector"
      description="Two neurons share the same three inputs; each adds its own bias to its own weighted sum."
      schema={layerSchema}
      state={s}
      onReset={reset}
      code={layerCode(values)}
      announce={`z1 = ${f(z[0])}, z2 = ${f(z[1])}`}
      equation={
        <div className="nn-layer-equation">
          <LiveMath display tex={layerTex(values)} />
          <Readout
            items={[
              { label: 'z1', value: f(z[0]), color: 'var(--c-z)' },
              { label: 'z2', value: f(z[1]), color: 'var(--c-z)' },
            ]}
          />
          <p className="nn-layer-note">
            Row 1 of W, b1 and z1 belong to neuron 1; row 2, b2 and z2 to neuron 2. Changing b1 moves z1 only.
          </p>
        </div>
      }
      controls={
        <>
          <Slider label="x1 (input 1)" value={s.x1} min={-5} max={5} step={0.1} color="var(--c-x)" onChange={(x1) => set({ x1 })} />
          <Slider label="x2 (input 2)" value={s.x2} min={-5} max={5} step={0.1} color="var(--c-x)" onChange={(x2) => set({ x2 })} />
          <Slider label="x3 (input 3)" value={s.x3} min={-5} max={5} step={0.1} color="var(--c-x)" onChange={(x3) => set({ x3 })} />
          <Slider label="b1 (bias of neuron 1)" value={s.b1} min={-2} max={2} step={0.001} color="var(--c-b)" onChange={(b1) => set({ b1 })} />
          <Slider label="b2 (bias of neuron 2)" value={s.b2} min={-2} max={2} step={0.001} color="var(--c-b)" onChange={(b2) => set({ b2 })} />
          <div className="nn-layer-presets" role="group" aria-label="Starting biases">
            <Button onClick={() => set({ b1: 0, b2: 0 })}>Biases 0</Button>
            <Button onClick={() => set({ b1: 0.01, b2: 0.01 })}>Biases 0.01</Button>
          </div>
        </>
      }
    >
      <Plot
        x={{ domain: [lo - pad, hi + pad] }}
        y={{ domain: LABELS, type: 'band', padding: 0.2 }}
        height={150}
        margin={{ left: 72 }}
        title="Each neuron's weighted sum and its bias"
        description={
          `Neuron 1: weighted sum Wx = ${f(wx[0])}, plus its bias b1 = ${f(s.b1)}, gives z1 = ${f(z[0])}. ` +
          `Neuron 2: weighted sum ${f(wx[1])}, plus b2 = ${f(s.b2)}, gives z2 = ${f(z[1])}. ` +
          'Light bars are the weighted sums; the bias shifts each neuron separately to its dot.'
        }
      >
        <AxisBottom label="value" />
        <AxisLeft grid={false} />
        <RuleX x={0} dashed={false} />
        <NeuronBars labels={LABELS} wx={wx} z={z} rowColors={ROW_COLORS} />
      </Plot>
    </WidgetFrame>
  );
}
