import { useMemo } from 'react';
import { neuron } from '../../core';
import { Slider } from '../../components/Slider';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { LiveMath } from '../../components/LiveMath';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { Marker } from '../../components/plot/Marker';
import { RuleY } from '../../components/plot/Rules';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { activationLabels, calculationSchema } from './calculationState';
import { activationTex, weightedSumTex } from './calculationTex';
import { calculationCode } from './calculationCode';
import { classOf, sensitivityCurves } from './sensitivity';

const activationOptions = (['sigmoid', 'relu', 'tanh'] as const).map((value) => ({ value, label: activationLabels[value] }));

/** Chapter 7: the essay's neuron worked by hand, every step recomputed as the reader drags. */
export default function CalculationByHand({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, calculationSchema);
  const { z, a } = neuron([s.w1, s.w2], [s.x1, s.x2], s.b, s.act);
  const values = { ...s, z, a };
  const cls = classOf(s.act, a);
  const curves = useMemo(() => sensitivityCurves(s), [s]);
  const fz = activationLabels[s.act];

  return (
    <WidgetFrame
      id={id}
      caption="A calculation by hand"
      description="Drag any input, weight or the bias; every step below is recomputed."
      schema={calculationSchema}
      state={s}
      onReset={reset}
      code={calculationCode(values)}
      announce={`z = ${formatNumber(z)}, a = ${formatNumber(a)}, class ${cls.label}`}
      equation={
        <div className="nn-calc-equation">
          <LiveMath display tex={weightedSumTex(values)} />
          <LiveMath display tex={activationTex(values)} />
          <Readout
            items={[
              { label: 'z', value: formatNumber(z), color: 'var(--c-z)' },
              { label: 'a', value: formatNumber(a), color: 'var(--c-a)' },
              { label: 'class', value: cls.label },
            ]}
          />
          <p className="nn-calc-class">{cls.reason}</p>
        </div>
      }
      controls={
        <div className="nn-controls-grid">
          <Slider label="x1 (input 1)" value={s.x1} min={-5} max={5} step={0.1} color="var(--c-x)" onChange={(x1) => set({ x1 })} />
          <Slider label="x2 (input 2)" value={s.x2} min={-5} max={5} step={0.1} color="var(--c-x)" onChange={(x2) => set({ x2 })} />
          <Slider label="w1 (weight 1)" value={s.w1} min={-2} max={2} step={0.01} color="var(--c-w)" onChange={(w1) => set({ w1 })} />
          <Slider label="w2 (weight 2)" value={s.w2} min={-2} max={2} step={0.01} color="var(--c-w)" onChange={(w2) => set({ w2 })} />
          <Slider label="b (bias)" value={s.b} min={-2} max={2} step={0.01} color="var(--c-b)" onChange={(b) => set({ b })} />
          <ChoiceGroup legend="Activation f" options={activationOptions} value={s.act} onChange={(act) => set({ act })} />
        </div>
      }
    >
      <Plot
        x={{ domain: [-2, 2] }}
        y={{ domain: curves.yDomain }}
        height={240}
        title={`How sensitive a is to each weight (${fz})`}
        description={curves.description}
      >
        <AxisBottom label="weight value" />
        <AxisLeft label="a" />
        {s.act === 'sigmoid' ? <RuleY y={0.5} label="0.5" /> : null}
        <LinePath xs={curves.ws} ys={curves.a1} color="var(--series-1)" />
        <LinePath xs={curves.ws} ys={curves.a2} color="var(--series-2)" dashed />
        <Marker x={s.w1} y={a} color="var(--series-1)" label="w1" />
        <Marker x={s.w2} y={a} color="var(--series-2)" label="w2" />
      </Plot>
    </WidgetFrame>
  );
}
