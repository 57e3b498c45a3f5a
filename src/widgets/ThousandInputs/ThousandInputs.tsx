import { useEffect, useMemo, useState } from 'react';
import { histogram } from '../../core';
import { Slider } from '../../components/Slider';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { LiveMath } from '../../components/LiveMath';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { HistogramBars } from '../../components/plot/HistogramBars';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { scaleLabels, thousandSchema, type WeightScale } from './thousandState';
import { formatDuration, thousandValues, timeDot } from './thousandMath';
import { thousandTex } from './thousandTex';
import { thousandCode } from './thousandCode';

const scaleOptions = (['unit', 'xavier', 'he'] as const).map((value) => ({ value, label: scaleLabels[value] }));
const scaleText: Record<WeightScale, (n: number) => string> = {
  unit: () => 'weights drawn from N(0, 1)',
  xavier: (n) => `Xavier weights, variance 2/(${n} + 1)`,
  he: (n) => `He weights, variance 2/${n}`,
};
const BINS = 30;
const TIMING_DELAY_MS = 150;

/** Chapter 8: the same z = wᵀx + b for up to 10,000 inputs, timed in the reader's browser. */
export default function ThousandInputs({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, thousandSchema);
  const v = useMemo(() => thousandValues(s.n, s.scale, s.b, s.seed), [s.n, s.scale, s.b, s.seed]);
  const hist = useMemo(() => histogram(v.products, BINS), [v]);
  const [timing, setTiming] = useState<{ ms: number; n: number } | null>(null);

  // Timing only after mount (the server and the first client render must agree), and only once
  // n has settled: 2 ms of timing loop inside every slider step would cost the reader a frame.
  useEffect(() => {
    const wait = setTimeout(() => {
      const { ms } = timeDot(v.w, v.x, () => performance.now());
      setTiming({ ms, n: v.n });
    }, TIMING_DELAY_MS);
    return () => clearTimeout(wait);
  }, [v]);

  const f = (x: number) => formatNumber(x);
  const nText = formatNumber(s.n, 0, { grouping: true });
  let maxCount = 1;
  for (let i = 0; i < hist.counts.length; i++) maxCount = Math.max(maxCount, hist.counts[i]);
  const lo = hist.x0[0];
  const hi = hist.x1[hist.x1.length - 1];
  const description =
    `Histogram of the ${nText} products wᵢxᵢ in ${BINS} bins from ${f(lo)} to ${f(hi)}; the tallest bin holds ${maxCount}. ` +
    `Their sum is wᵀx = ${f(v.wx)}, and with b = ${f(s.b)} the neuron's z = ${f(v.z)}.`;
  const timingText = timing && timing.n === v.n
    ? `${nText} multiplications and additions, computed in ${formatDuration(timing.ms)} in your browser.`
    : `${nText} multiplications and additions; the time is measured in your browser.`;

  return (
    <WidgetFrame
      id={id}
      caption="A thousand inputs"
      description="The same equation with n inputs: the notation stays one line, and the computer does not blink."
      schema={thousandSchema}
      state={s}
      onReset={reset}
      onResample={() => set({ seed: (s.seed * 7919 + 1) % 1_000_000 })}
      code={thousandCode(s.n, s.scale, s.b, s.seed, v.z)}
      announce={`n = ${nText}, z = ${f(v.z)}`}
      equation={
        <div className="nn-thousand-equation">
          <LiveMath display tex={thousandTex(v, s.b)} />
          <Readout
            items={[
              { label: 'n', value: nText, color: 'var(--c-x)' },
              { label: 'wᵀx', value: f(v.wx), color: 'var(--c-z)' },
              { label: 'z', value: f(v.z), color: 'var(--c-z)' },
            ]}
          />
          <p className="nn-thousand-timing">{timingText}</p>
        </div>
      }
      controls={
        <div className="nn-controls-grid">
          <Slider
            label="n (number of inputs)"
            value={s.n}
            min={1}
            max={10_000}
            step={1}
            scale="log2"
            logStep={0.5}
            color="var(--c-x)"
            format={(n) => formatNumber(n, 0, { grouping: true })}
            onChange={(n) => set({ n })}
          />
          <Slider label="b (bias)" value={s.b} min={-2} max={2} step={0.01} color="var(--c-b)" onChange={(b) => set({ b })} />
          <ChoiceGroup legend="Weights" options={scaleOptions} value={s.scale} onChange={(scale) => set({ scale })} />
        </div>
      }
    >
      <Plot
        x={{ domain: [lo, hi] }}
        y={{ domain: [0, Math.ceil(maxCount * 1.1)] }}
        height={240}
        title={`The ${nText} products wᵢxᵢ (${scaleText[s.scale](s.n)}, seed ${s.seed})`}
        description={description}
      >
        <AxisBottom label="product wᵢxᵢ" ticks={5} />
        <AxisLeft label="count" />
        <HistogramBars x0={hist.x0} x1={hist.x1} counts={hist.counts} color="var(--c-z)" />
      </Plot>
    </WidgetFrame>
  );
}
