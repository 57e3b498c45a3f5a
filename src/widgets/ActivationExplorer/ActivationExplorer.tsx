import { activations } from '../../core';
import { formatNumber } from '../../components/format';
import { defineWidget, type PartProps } from '../shared/defineWidget';
import { activationLabel } from '../shared/activationNames';
import { CURVE_NAMES, FLAT_SLOPE, params, type CurveName, type ExplorerState } from './params';
import { COLOR, SYMBOL, describeFlat } from './curves';
import { slopeTex, valueTex, type CurveValues } from './explorerTex';
import { explorerCode } from './explorerCode';
import { ExplorerPlots } from './ExplorerPlots';

const f = (x: number) => formatNumber(x);

function derive(s: ExplorerState) {
  const on = CURVE_NAMES.filter((n) => s[n]);
  const at = Object.fromEntries(CURVE_NAMES.map((n) => [n, { z: s.z, f: activations[n].f(s.z), df: activations[n].df(s.z) }])) as Record<CurveName, CurveValues>;
  const flatNow = on.filter((n) => Math.abs(at[n].df) < FLAT_SLOPE).map((n) => activationLabel[n]);
  const summary = on.length ? on.map((n) => `${SYMBOL[n]}(z) = ${f(at[n].f)}, slope ${f(at[n].df)}`).join('; ') : 'No curve is switched on.';
  return { on, at, flatNow, summary };
}
type Part = PartProps<typeof params, ReturnType<typeof derive>>;

/** Where the switched-on curves are flat: here, at z, and everywhere. */
function FlatRegions({ v }: Part) {
  return (
    <>
      {v.on.length ? null : <p>Switch on a curve to see its value and slope.</p>}
      <p className="nn-calc-class">
        {v.flatNow.length ? `At z = ${f(v.z)} the slope is below ${FLAT_SLOPE} for: ${v.flatNow.join(', ')}.` : `At z = ${f(v.z)} no switched-on curve is flat.`}
      </p>
      <ul className="nn-explorer-flat" aria-label={`Flat regions (slope below ${FLAT_SLOPE})`}>
        {v.on.map((n) => <li key={n}>{describeFlat(n)}</li>)}
      </ul>
    </>
  );
}

/** Chapter 6: sigmoid, tanh and ReLU side by side, with their slopes and their flat regions. */
export default defineWidget({
  caption: 'Activation explorer',
  description: "Drag z and read each curve's value and slope; shaded stretches are where a curve is nearly flat.",
  params,
  derive,
  equations: (v) => v.on.flatMap((n) => [valueTex(n, v.at[n]), slopeTex(n, v.at[n])]),
  code: (v) => explorerCode(v.z, v.on),
  readouts: (v) =>
    v.on.flatMap((n) => [
      { label: `${SYMBOL[n]}(z)`, value: f(v.at[n].f), color: COLOR[n] },
      { label: `${SYMBOL[n]}'(z)`, value: f(v.at[n].df), color: COLOR[n] },
    ]),
  announce: (v) => `z = ${f(v.z)}. ${v.summary}${v.flatNow.length ? `. Flat here: ${v.flatNow.join(', ')}` : ''}`,
  Aside: FlatRegions,
  View: ({ v, set }: Part) => <ExplorerPlots z={v.z} on={v.on} at={v.at} derivatives={v.derivatives} summary={v.summary} setZ={(z) => set({ z })} />,
});
