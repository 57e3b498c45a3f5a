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
import { RuleX, RuleY } from '../../components/plot/Rules';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { X_RANGE, activationLabels, playgroundSchema } from './playgroundState';
import { aTex, zTex } from './playgroundTex';
import { playgroundCode } from './playgroundCode';
import { playgroundCurves } from './playgroundMath';

const activationOptions = (['sigmoid', 'relu', 'tanh'] as const).map((value) => ({ value, label: activationLabels[value] }));

/** Chapter 5: one input, one weight, one bias; the whole curve a = f(wx + b) over x. */
export default function NeuronPlayground({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, playgroundSchema);
  const { z, a } = neuron([s.w], [s.x], s.b, s.act);
  const values = { ...s, z, a };
  const curves = useMemo(() => playgroundCurves({ w: s.w, b: s.b, x: s.x, act: s.act }), [s.w, s.b, s.x, s.act]);
  const f = (v: number) => formatNumber(v);
  const fz = activationLabels[s.act];

  return (
    <WidgetFrame
      id={id}
      caption="Neuron playground"
      description="Turn the weight to change the curve's steepness and direction; slide the bias to shift it; move x along it."
      schema={playgroundSchema}
      state={s}
      onReset={reset}
      code={playgroundCode(values)}
      announce={`z = ${f(z)}, a = ${f(a)}`}
      equation={
        <div className="nn-playground__equation">
          <LiveMath display tex={zTex(values)} />
          <LiveMath display tex={aTex(values)} />
          <Readout
            items={[
              { label: 'z', value: f(z), color: 'var(--c-z)' },
              { label: 'a', value: f(a), color: 'var(--c-a)' },
              { label: 'z = 0 at x', value: curves.cross === null ? 'never' : f(curves.cross) },
            ]}
          />
        </div>
      }
      controls={
        <>
          <Slider label="w (weight)" value={s.w} min={-3} max={3} step={0.01} color="var(--c-w)" onChange={(w) => set({ w })} />
          <Slider label="b (bias)" value={s.b} min={-3} max={3} step={0.01} color="var(--c-b)" onChange={(b) => set({ b })} />
          <Slider label="x (input)" value={s.x} min={X_RANGE[0]} max={X_RANGE[1]} step={0.1} color="var(--c-x)" onChange={(x) => set({ x })} />
          <ChoiceGroup legend="Activation f" options={activationOptions} value={s.act} onChange={(act) => set({ act })} />
        </>
      }
    >
      <Plot x={{ domain: X_RANGE }} y={{ domain: curves.yDomain }} height={260} title={`a = ${fz}(wx + b) and z = wx + b over x`} description={curves.description}>
        <AxisBottom label="input x" />
        <AxisLeft label="z (dashed), a (solid)" />
        <RuleY y={0} color="var(--border)" dashed={false} />
        {curves.cross !== null ? <RuleX x={curves.cross} label="z = 0" /> : null}
        <LinePath xs={curves.xs} ys={curves.zs} color="var(--c-z)" dashed />
        <LinePath xs={curves.xs} ys={curves.as} color="var(--c-a)" strokeWidth={3} />
        <Marker x={s.x} y={z} color="var(--c-z)" r={4} />
        <Marker x={s.x} y={a} color="var(--c-a)" />
      </Plot>
    </WidgetFrame>
  );
}
