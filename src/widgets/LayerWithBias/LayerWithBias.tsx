import { formatNumber } from '../../components/format';
import { Button } from '../../components/Button';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { RuleX } from '../../components/plot/Rules';
import { defineWidget, type PartProps } from '../shared/defineWidget';
import { params } from './params';
import { layerValues } from './layerMath';
import { layerTex } from './layerTex';
import { layerCode } from './layerCode';
import { NeuronBars } from './NeuronBars';

type Part = PartProps<typeof params, ReturnType<typeof layerValues>>;
const ROW_COLORS = ['var(--series-1)', 'var(--series-3)'] as const;
const LABELS = ['neuron 1', 'neuron 2'] as const;
const f = (x: number) => formatNumber(x);

function BiasPlot({ v }: Part) {
  const { wx, z } = v;
  const lo = Math.min(0, ...wx, ...z);
  const hi = Math.max(0, ...wx, ...z);
  const pad = Math.max(0.25, (hi - lo) * 0.1);
  const description =
    `Neuron 1: weighted sum Wx = ${f(wx[0])}, plus its bias b1 = ${f(v.b1)}, gives z1 = ${f(z[0])}. ` +
    `Neuron 2: weighted sum ${f(wx[1])}, plus b2 = ${f(v.b2)}, gives z2 = ${f(z[1])}. ` +
    'Light bars are the weighted sums; the bias shifts each neuron separately to its dot.';
  return (
    <Plot x={{ domain: [lo - pad, hi + pad] }} y={{ domain: LABELS, type: 'band', padding: 0.2 }} height={150} margin={{ left: 72 }} title="Each neuron's weighted sum and its bias" description={description}>
      <AxisBottom label="value" />
      <AxisLeft grid={false} />
      <RuleX x={0} dashed={false} />
      <NeuronBars labels={LABELS} wx={wx} z={z} rowColors={ROW_COLORS} />
    </Plot>
  );
}

/** Chapter 4: a layer of two neurons, z = Wx + b, each neuron with its own bias. */
export default defineWidget({
  caption: 'Layer with a bias vector',
  description: 'Two neurons share the same three inputs; each adds its own bias to its own weighted sum.',
  params,
  derive: layerValues,
  equations: (v) => [layerTex(v)],
  readouts: (v) => [
    { label: 'z1', value: f(v.z[0]), color: 'var(--c-z)' },
    { label: 'z2', value: f(v.z[1]), color: 'var(--c-z)' },
  ],
  code: layerCode,
  announce: (v) => `z1 = ${f(v.z[0])}, z2 = ${f(v.z[1])}`,
  Aside: () => <p className="nn-bias-note">Row 1 of W, b1 and z1 belong to neuron 1; row 2, b2 and z2 to neuron 2. Changing b1 moves z1 only.</p>,
  Controls: ({ set }: Part) => (
    <div className="nn-layer-presets" role="group" aria-label="Starting biases">
      <Button onClick={() => set({ b1: 0, b2: 0 })}>Biases 0</Button>
      <Button onClick={() => set({ b1: 0.01, b2: 0.01 })}>Biases 0.01</Button>
    </div>
  ),
  View: BiasPlot,
});
