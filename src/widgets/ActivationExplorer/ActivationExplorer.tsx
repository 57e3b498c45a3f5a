import { useMemo } from 'react';
import { activations } from '../../core';
import { Slider } from '../../components/Slider';
import { Toggle } from '../../components/Toggle';
import { LiveMath } from '../../components/LiveMath';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { Marker } from '../../components/plot/Marker';
import { Band } from '../../components/plot/Band';
import { RuleX, RuleY } from '../../components/plot/Rules';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout, type ReadoutItem } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { FLAT_SLOPE, Z_RANGE, explorerSchema } from './explorerState';
import { flatRegions, sampleCurve } from './flatRegions';
import { slopeTex, valueTex, type CurveName } from './explorerTex';
import { explorerCode } from './explorerCode';

const NAMES: readonly CurveName[] = ['sigmoid', 'tanh', 'relu'];
const LABEL: Record<CurveName, string> = { sigmoid: 'σ', tanh: 'tanh', relu: 'ReLU' };
const TITLE: Record<CurveName, string> = { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU' };
const COLOR: Record<CurveName, string> = { sigmoid: 'var(--series-1)', tanh: 'var(--series-3)', relu: 'var(--series-2)' };
const [LO, HI] = Z_RANGE;
const f = (x: number) => formatNumber(x);

// The curves never change: computed once per module, not per render.
const CURVES = Object.fromEntries(
  NAMES.map((n) => [n, { value: sampleCurve(activations[n].f, LO, HI), slope: sampleCurve(activations[n].df, LO, HI), flat: flatRegions(activations[n].df, FLAT_SLOPE, LO, HI) }]),
) as Record<CurveName, { value: ReturnType<typeof sampleCurve>; slope: ReturnType<typeof sampleCurve>; flat: [number, number][] }>;

function describeFlat(n: CurveName): string {
  const parts = CURVES[n].flat.map(([a, b]) => (a <= LO ? `z < ${f(b)}` : b >= HI ? `z > ${f(a)}` : `${f(a)} < z < ${f(b)}`));
  return `${TITLE[n]}: ${parts.length ? parts.join(' and ') : 'nowhere'}`;
}

/** Chapter 6: sigmoid, tanh and ReLU side by side, with their slopes and their flat regions. */
export default function ActivationExplorer({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, explorerSchema);
  const on = NAMES.filter((n) => s[n]);
  const at = useMemo(
    () => Object.fromEntries(NAMES.map((n) => [n, { z: s.z, f: activations[n].f(s.z), df: activations[n].df(s.z) }])) as Record<CurveName, { z: number; f: number; df: number }>,
    [s.z],
  );
  const items: ReadoutItem[] = on.flatMap((n) => [
    { label: `${LABEL[n]}(z)`, value: f(at[n].f), color: COLOR[n] },
    { label: `${LABEL[n]}'(z)`, value: f(at[n].df), color: COLOR[n] },
  ]);
  const flatNow = on.filter((n) => Math.abs(at[n].df) < FLAT_SLOPE).map((n) => TITLE[n]);
  const summary = on.length
    ? on.map((n) => `${LABEL[n]}(z) = ${f(at[n].f)}, slope ${f(at[n].df)}`).join('; ')
    : 'No curve is switched on.';
  const valueDesc =
    `Activation values for z from −6 to 6. ${summary}. ` +
    `Shaded: where a switched-on curve is flat (slope below ${FLAT_SLOPE}) — ${on.map(describeFlat).join('; ') || 'none shown'}.`;
  const slopeDesc = `Slopes (derivatives) for z from −6 to 6, with a line at ${FLAT_SLOPE}. ${summary}.`;

  return (
    <WidgetFrame
      id={id}
      caption="Activation explorer"
      description="Drag z and read each curve's value and slope; shaded stretches are where a curve is nearly flat."
      schema={explorerSchema}
      state={s}
      onReset={reset}
      code={explorerCode(s.z, on)}
      announce={`z = ${f(s.z)}. ${summary}${flatNow.length ? `. Flat here: ${flatNow.join(', ')}` : ''}`}
      equation={
        <div className="nn-explorer-equation">
          {on.map((n) => (
            <div key={n}>
              <LiveMath display tex={valueTex(n, at[n])} />
              <LiveMath display tex={slopeTex(n, at[n])} />
            </div>
          ))}
          {on.length ? <Readout items={items} /> : <p>Switch on a curve to see its value and slope.</p>}
          <p className="nn-calc-class">
            {flatNow.length ? `At z = ${f(s.z)} the slope is below ${FLAT_SLOPE} for: ${flatNow.join(', ')}.` : `At z = ${f(s.z)} no switched-on curve is flat.`}
          </p>
          <ul className="nn-explorer-flat" aria-label={`Flat regions (slope below ${FLAT_SLOPE})`}>
            {on.map((n) => <li key={n}>{describeFlat(n)}</li>)}
          </ul>
        </div>
      }
      controls={
        <>
          <Slider label="z (weighted sum)" value={s.z} min={LO} max={HI} step={0.01} color="var(--c-z)" onChange={(z) => set({ z })} />
          <div className="nn-explorer-toggles">
            <Toggle label="sigmoid" checked={s.sigmoid} onChange={(sigmoid) => set({ sigmoid })} />
            <Toggle label="tanh" checked={s.tanh} onChange={(tanh) => set({ tanh })} />
            <Toggle label="ReLU" checked={s.relu} onChange={(relu) => set({ relu })} />
            <Toggle label="derivatives" checked={s.derivatives} onChange={(derivatives) => set({ derivatives })} />
          </div>
        </>
      }
    >
      <p className="nn-explorer-legend" aria-hidden="true">
        {on.map((n) => (
          <span key={n} style={{ color: COLOR[n] }}>
            <span className="nn-explorer-swatch" style={{ background: COLOR[n] }} /> {TITLE[n]}
          </span>
        ))}
        {s.derivatives && on.length ? <span className="nn-explorer-dashed">dashed: slope</span> : null}
      </p>
      <Plot x={{ domain: [LO, HI] }} y={{ domain: [-1.2, 2.5] }} height={240} title="Activation values" description={valueDesc}>
        {on.flatMap((n) => CURVES[n].flat.map(([a, b]) => <Band key={`${n}${a}`} x0={a} x1={b} color={COLOR[n]} opacity={0.08} />))}
        <AxisBottom label="z" />
        <AxisLeft label="f(z)" />
        <RuleX x={s.z} color="var(--c-z)" label="z" />
        {on.map((n) => <LinePath key={n} xs={CURVES[n].value.zs} ys={CURVES[n].value.ys} color={COLOR[n]} />)}
        {on.map((n) => <Marker key={n} x={s.z} y={at[n].f} color={COLOR[n]} />)}
      </Plot>
      {s.derivatives ? (
        <Plot x={{ domain: [LO, HI] }} y={{ domain: [-0.1, 1.1] }} height={200} title="Slopes (derivatives)" description={slopeDesc}>
          <AxisBottom label="z" />
          <AxisLeft label="f′(z)" />
          <RuleY y={FLAT_SLOPE} label={`slope ${FLAT_SLOPE}`} />
          <RuleX x={s.z} color="var(--c-z)" />
          {on.map((n) => <LinePath key={n} xs={CURVES[n].slope.zs} ys={CURVES[n].slope.ys} color={COLOR[n]} dashed curve={n === 'relu' ? 'step' : 'linear'} />)}
          {on.map((n) => <Marker key={n} x={s.z} y={at[n].df} color={COLOR[n]} />)}
        </Plot>
      ) : null}
    </WidgetFrame>
  );
}
