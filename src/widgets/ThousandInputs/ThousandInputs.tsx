import { useMemo } from 'react';
import { histogram } from '../../core';
import { Slider } from '../../components/Slider';
import { formatNumber } from '../../components/format';
import { defineWidget, type PartProps } from '../shared/defineWidget';
import { ParamControl } from '../shared/ParamControls';
import { groupedCount, params, type ThousandState } from './params';
import { formatDuration, thousandValues } from './thousandMath';
import { thousandTex } from './thousandTex';
import { thousandCode } from './thousandCode';
import { useDotTiming } from './useDotTiming';
import { BINS, ProductHistogram } from './ProductHistogram';
import './thousandInputs.css';

function useThousand(s: ThousandState) {
  const values = useMemo(() => thousandValues(s.n, s.scale, s.b, s.seed), [s.n, s.scale, s.b, s.seed]);
  const hist = useMemo(() => histogram(values.products, BINS), [values]);
  const ms = useDotTiming(values);
  return useMemo(() => ({ values, hist, ms }), [values, hist, ms]);
}
type Part = PartProps<typeof params, ReturnType<typeof useThousand>>;

/** n moves in half-doublings (the generated log2 control moves in whole ones), then b and the weights. */
function ThousandControls({ s, set }: Part) {
  const { n, b, scale } = params;
  return (
    <div className="nn-controls-grid nn-thousand-controls">
      <Slider label={n.label!} value={s.n} min={n.min} max={n.max} step={1} scale="log2" logStep={0.5} color={n.color} format={n.format} onChange={(value) => set({ n: value })} />
      <ParamControl name="b" param={b} value={s.b} set={set} />
      <ParamControl name="scale" param={scale} value={s.scale} set={set} />
    </div>
  );
}

function Timing({ v }: Part) {
  const count = groupedCount(v.n);
  return (
    <p className="nn-thousand-timing">
      {v.ms === null
        ? `${count} multiplications and additions; the time is measured in your browser.`
        : `${count} multiplications and additions, computed in ${formatDuration(v.ms)} in your browser.`}
    </p>
  );
}

/** Chapter 8: the same z = wᵀx + b for up to 10,000 inputs, timed in the reader's browser. */
export default defineWidget({
  caption: 'A thousand inputs',
  description: 'The same equation with n inputs: the notation stays one line, and the computer does not blink.',
  params,
  useDerived: useThousand,
  equations: (v) => [thousandTex(v.values, v.b)],
  readouts: (v) => [
    { label: 'n', value: groupedCount(v.n), color: 'var(--c-x)' },
    { label: 'wᵀx', value: formatNumber(v.values.wx), color: 'var(--c-z)' },
    { label: 'z', value: formatNumber(v.values.z), color: 'var(--c-z)' },
  ],
  code: (v) => thousandCode(v, v.values),
  announce: (v) => `n = ${groupedCount(v.n)}, z = ${formatNumber(v.values.z)}`,
  controls: [],
  resample: true,
  Aside: Timing,
  Controls: ThousandControls,
  View: ({ v }) => <ProductHistogram hist={v.hist} n={v.n} scale={v.scale} seed={v.seed} b={v.b} wx={v.values.wx} z={v.values.z} />,
});
