import { useRef } from 'react';
import { neuron } from '../../core';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { Marker } from '../../components/plot/Marker';
import { RuleX, RuleY } from '../../components/plot/Rules';
import { PlotHandle, snap } from '../../components/plot/usePlotDrag';
import { defineWidget, type PartProps } from '../shared/defineWidget';
import { activationLabel } from '../shared/activationNames';
import { X_RANGE, params, type PlaygroundState } from './params';
import { aTex, zTex } from './playgroundTex';
import { playgroundCode } from './playgroundCode';
import { playgroundCurves } from './playgroundMath';

function derive(s: PlaygroundState) {
  const { z, a } = neuron([s.w], [s.x], s.b, s.act);
  return { z, a, curves: playgroundCurves(s) };
}

type Part = PartProps<typeof params, ReturnType<typeof derive>>;
const { w: W, b: B } = params;
/** Arrow keys on the handle move w and b by ten slider steps: 0.1. */
const KEY_STEP = 0.1;
const inW = (w: number) => snap(w, W.step ?? 0.01, W.min, W.max);
const inB = (b: number) => snap(b, B.step ?? 0.01, B.min, B.max);

/**
 * The curve's handle, at the point (x, a): up and down moves b by what the pointer travels in z
 * (z = wx + b shifts by exactly Δb); sideways turns w, the full plot width spanning w's range.
 */
function CurveHandle({ v, set }: Part) {
  const start = useRef({ w: v.w, b: v.b });
  return (
    <PlotHandle
      x={v.x}
      y={v.a}
      label="Drag handle: the curve"
      value={v.b}
      min={B.min}
      max={B.max}
      valueText={`b = ${formatNumber(v.b)}, w = ${formatNumber(v.w)}`}
      color="var(--c-a)"
      hint="Drag up or down to move b, sideways to change the steepness w; arrow keys: up and down b, left and right w"
      onStart={() => (start.current = { w: v.w, b: v.b })}
      onDrag={(p) => set({ b: inB(start.current.b + (p.y - p.startY)), w: inW(start.current.w + p.fx * (W.max - W.min)) })}
      onStep={(dx, dy) => set({ w: inW(v.w + dx * KEY_STEP), b: inB(v.b + Math.sign(dy) * KEY_STEP) })}
      onEdge={(edge) => set({ b: edge === 'min' ? B.min : B.max })}
    />
  );
}

function CurvePlot({ v, set, ...rest }: Part) {
  const { curves } = v;
  return (
    <Plot className="nn-playground-plot" x={{ domain: X_RANGE }} y={{ domain: curves.yDomain }} height={260} title={`a = ${activationLabel[v.act]}(wx + b) and z = wx + b over x`} description={curves.description} overlay={<CurveHandle v={v} set={set} {...rest} />}>
      <AxisBottom label="input x" />
      <AxisLeft label="z (dashed), a (solid)" />
      <RuleY y={0} color="var(--border)" dashed={false} />
      {curves.cross !== null ? <RuleX x={curves.cross} label="z = 0" /> : null}
      <LinePath xs={curves.xs} ys={curves.zs} color="var(--c-z)" dashed />
      <LinePath xs={curves.xs} ys={curves.as} color="var(--c-a)" strokeWidth={3} />
      <Marker x={v.x} y={v.z} color="var(--c-z)" r={4} />
      <Marker x={v.x} y={v.a} color="var(--c-a)" />
    </Plot>
  );
}

/** Chapter 5: one input, one weight, one bias; the whole curve a = f(wx + b) over x. */
export default defineWidget({
  caption: 'Neuron playground',
  description: "Turn the weight to change the curve's steepness and direction; slide the bias to shift it; move x along it.",
  params,
  derive,
  equations: (v) => [zTex(v), aTex(v)],
  code: playgroundCode,
  readouts: (v) => [
    { label: 'z', value: formatNumber(v.z), color: 'var(--c-z)' },
    { label: 'a', value: formatNumber(v.a), color: 'var(--c-a)' },
    { label: 'z = 0 at x', value: v.curves.cross === null ? 'never' : formatNumber(v.curves.cross) },
  ],
  announce: (v) => `z = ${formatNumber(v.z)}, a = ${formatNumber(v.a)}`,
  View: CurvePlot,
});
