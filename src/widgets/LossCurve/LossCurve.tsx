import { useMemo } from 'react';
import { Slider } from '../../components/Slider';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { LiveMath } from '../../components/LiveMath';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { Marker } from '../../components/plot/Marker';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { lossCurveSchema } from './lossCurveState';
import { forwardTex, lossTex } from './lossCurveTex';
import { lossCurveCode } from './lossCurveCode';
import { curveMinimum, lossCurve, lossDomain, lossLabels, neuronLoss } from './lossMath';

const lossOptions = [
  { value: 'mse', label: 'squared error' },
  { value: 'bce', label: 'cross-entropy' },
] as const;
const sweepOptions = [
  { value: 'w1', label: 'w1' },
  { value: 'w2', label: 'w2' },
] as const;

/** Chapter 10: the chapter-7 neuron's loss as a function of one weight. */
export default function LossCurve({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, lossCurveSchema);
  const { z, a, L } = neuronLoss(s);
  const curve = useMemo(() => lossCurve(s, s.sweep), [s]);
  const yDomain = useMemo(() => lossDomain(curve.Ls), [curve]);
  const best = curveMinimum(curve.ws, curve.Ls);
  const current = s.sweep === 'w1' ? s.w1 : s.w2;
  const f = (x: number) => formatNumber(x);
  const description =
    `The ${lossLabels[s.loss]} L as ${s.sweep} runs from −3 to 3 with the other weight and the target y = ${f(s.y)} held. ` +
    `At the current ${s.sweep} = ${f(current)} the loss is ${f(L)}; the curve is lowest, ${f(best.L)}, at ${s.sweep} = ${f(best.w)}.`;

  return (
    <WidgetFrame
      id={id}
      caption="Loss"
      description="How wrong the neuron's output is, as one number, while you move one weight."
      schema={lossCurveSchema}
      state={s}
      onReset={reset}
      code={lossCurveCode(s, L)}
      announce={`a = ${f(a)}, target ${f(s.y)}, loss ${f(L)}`}
      equation={
        <div className="nn-learn-equation">
          <LiveMath display tex={forwardTex(s.w1, s.w2, z, a)} />
          <LiveMath display tex={lossTex({ a, y: s.y, L, loss: s.loss })} />
          <Readout
            items={[
              { label: 'a', value: f(a), color: 'var(--c-a)' },
              { label: 'y', value: f(s.y), color: 'var(--c-y)' },
              { label: 'L', value: f(L) },
            ]}
          />
        </div>
      }
      controls={
        <div className="nn-controls-grid">
          <Slider label="w1 (weight 1)" value={s.w1} min={-3} max={3} step={0.01} color="var(--c-w)" onChange={(w1) => set({ w1 })} />
          <Slider label="w2 (weight 2)" value={s.w2} min={-3} max={3} step={0.01} color="var(--c-w)" onChange={(w2) => set({ w2 })} />
          <Slider label="y (target)" value={s.y} min={0} max={1} step={0.01} color="var(--c-y)" onChange={(y) => set({ y })} />
          <ChoiceGroup legend="Loss" options={lossOptions} value={s.loss} onChange={(loss) => set({ loss })} />
          <ChoiceGroup legend="Sweep weight" options={sweepOptions} value={s.sweep} onChange={(sweep) => set({ sweep })} />
        </div>
      }
    >
      <Plot x={{ domain: [-3, 3] }} y={{ domain: yDomain }} height={240} title={`Loss L as ${s.sweep} varies (${lossLabels[s.loss]})`} description={description}>
        <AxisBottom label={s.sweep} />
        <AxisLeft label="L" />
        <LinePath xs={curve.ws} ys={curve.Ls} color="var(--series-1)" />
        <Marker x={current} y={L} color="var(--c-w)" label={`${s.sweep} = ${f(current)}`} />
      </Plot>
    </WidgetFrame>
  );
}
