import { useMemo } from 'react';
import { matVec } from '../../core';
import { Slider } from '../../components/Slider';
import { Toggle } from '../../components/Toggle';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { LiveMath } from '../../components/LiveMath';
import { ScrollBox } from '../../components/ScrollBox';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { Marker } from '../../components/plot/Marker';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { whySwitchSchema } from './whySwitchState';
import { maxBend, productMatrix, sampleLayers, stackCurve, stackForward } from './whySwitchMath';
import { outputsTex, productNumbersTex, productTex } from './whySwitchTex';
import { whySwitchCode } from './whySwitchCode';

const f = (x: number) => formatNumber(x);
const vec = (v: ArrayLike<number>) => `(${f(v[0])}, ${f(v[1])})`;
const ACT_LABEL = { relu: 'ReLU', tanh: 'tanh' } as const;
const actOptions = (['relu', 'tanh'] as const).map((value) => ({ value, label: ACT_LABEL[value] }));

/** Chapter 6: stacked linear layers collapse into one matrix; a switch between them lets the map bend. */
export default function WhySwitch({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, whySwitchSchema);
  const between = s.activation ? s.act : 'none';
  const model = useMemo(() => {
    const layers = sampleLayers(s.seed, s.k);
    const P = productMatrix(layers);
    const line = stackCurve(layers, s.x2, 'none');
    const bentCurve = stackCurve(layers, s.x2, s.act);
    return { layers, P, line, bentCurve, bend: maxBend(bentCurve) };
  }, [s.seed, s.k, s.x2, s.act]);
  const x = [s.x1, s.x2];
  const stacked = stackForward(model.layers, x, 'none');
  const single = matVec(model.P, x);
  const bent = s.activation ? stackForward(model.layers, x, s.act) : null;
  const ys = s.activation ? [...model.line.ys, ...model.bentCurve.ys] : [...model.line.ys];
  const lo = Math.min(...ys.filter(Number.isFinite), -1);
  const hi = Math.max(...ys.filter(Number.isFinite), 1);
  const pad = (hi - lo) * 0.08;
  const name = ACT_LABEL[s.act];
  const description =
    `Output y1 as x1 runs from −3 to 3 with x2 = ${f(s.x2)}. Without a switch (solid) it is a straight line, ` +
    `from ${f(model.line.ys[0])} to ${f(model.line.ys[model.line.ys.length - 1])}.` +
    (s.activation
      ? ` With ${name} between the ${s.k} layers (dashed) it runs from ${f(model.bentCurve.ys[0])} to ${f(model.bentCurve.ys[model.bentCurve.ys.length - 1])} and ${
          s.k === 1 ? 'stays straight: one layer has no gap for a switch' : model.bend > 1e-6 ? 'bends' : 'happens to stay straight for these weights (try Resample)'
        }.`
      : '');

  return (
    <WidgetFrame
      id={id}
      caption="Why a switch at all"
      description="Stack k linear layers and they still make one matrix; put an activation between them and the map can bend."
      schema={whySwitchSchema}
      state={s}
      onReset={reset}
      onResample={() => set({ seed: (s.seed * 7919 + 1) % 1_000_000 })}
      code={whySwitchCode(model.layers, x, between)}
      announce={`Stack output ${vec(stacked)}, one layer P x ${vec(single)}${bent ? `, with ${name} ${vec(bent)}` : ''}`}
      equation={
        <div className="nn-why-equation">
          <ScrollBox label="The product matrix P">
            <LiveMath display tex={productTex(s.k, model.P)} />
          </ScrollBox>
          <ScrollBox label="Stacked output and one-layer output">
            <LiveMath display tex={outputsTex(s.k, x, model.P, stacked, single, between, bent)} />
          </ScrollBox>
          <Readout
            items={[
              { label: 'stack of layers', value: vec(stacked), color: 'var(--c-z)' },
              { label: 'one layer P x', value: vec(single), color: 'var(--c-z)' },
              ...(bent ? [{ label: `with ${name} between`, value: vec(bent), color: 'var(--c-a)' }] : []),
            ]}
          />
          <p className="nn-why-note">
            The first two always agree: {s.k} linear {s.k === 1 ? 'layer is' : 'layers are'} one matrix P.
            {bent ? ` With ${name} in between, no single matrix gives ${vec(bent)} for every input.` : ' Switch on an activation to break that.'}
          </p>
        </div>
      }
      controls={
        <>
          <Slider label="k (number of layers)" value={s.k} min={1} max={5} step={1} color="var(--c-w)" onChange={(k) => set({ k })} />
          <Slider label="x1 (input 1)" value={s.x1} min={-3} max={3} step={0.1} color="var(--c-x)" onChange={(x1) => set({ x1 })} />
          <Slider label="x2 (input 2)" value={s.x2} min={-3} max={3} step={0.1} color="var(--c-x)" onChange={(x2) => set({ x2 })} />
          <Toggle label="activation between layers" checked={s.activation} onChange={(activation) => set({ activation })} />
          <ChoiceGroup legend="Activation f" options={actOptions} value={s.act} onChange={(act) => set({ act })} />
        </>
      }
    >
      <ScrollBox label="The layers multiplied into P" className="nn-why-product">
        <LiveMath display tex={productNumbersTex(model.layers, model.P)} />
      </ScrollBox>
      <Plot
        x={{ domain: [-3, 3] }}
        y={{ domain: [lo - pad, hi + pad] }}
        height={240}
        title="The stack's output y1 as x1 varies"
        description={description}
      >
        <AxisBottom label="x1" />
        <AxisLeft label="y1" />
        <LinePath xs={model.line.xs} ys={model.line.ys} color="var(--c-z)" />
        {s.activation ? <LinePath xs={model.bentCurve.xs} ys={model.bentCurve.ys} color="var(--c-a)" dashed strokeWidth={2.5} /> : null}
        <Marker x={s.x1} y={stacked[0]} color="var(--c-z)" label="linear" />
        {bent ? <Marker x={s.x1} y={bent[0]} color="var(--c-a)" label={name} /> : null}
      </Plot>
    </WidgetFrame>
  );
}
