import { useMemo } from 'react';
import { Slider } from '../../components/Slider';
import { ScrollBox } from '../../components/ScrollBox';
import { LiveMath } from '../../components/LiveMath';
import { formatNumber, formatPercent } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { Band } from '../../components/plot/Band';
import { HistogramBars } from '../../components/plot/HistogramBars';
import { RuleX } from '../../components/plot/Rules';
import { normalCdf } from '../../core';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { nextSeed, spreadSchema } from './spreadState';
import { computeSpread, exactShares } from './spreadMath';
import { insideTex, measuredTex } from './spreadTex';
import { spreadCode } from './spreadCode';

const exact = exactShares();
const whole = (x: number) => formatNumber(x, 0, { grouping: true });

/** Chapter 3: Normal(0, 0.632) is not "a number between 0 and 0.632" — count where the draws land. */
export default function SpreadIsNotARange({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, spreadSchema);
  const { sigma, count, seed } = s;
  const d = useMemo(() => computeSpread({ sigma, count, seed }), [sigma, count, seed]);
  const c = d.counts;
  const f = (x: number) => formatNumber(x);
  const rows = [
    { key: 'below0', label: 'below 0', interval: 'w < 0', n: c.below0, p: exact.below0 },
    { key: 'inside', label: 'inside [0, σ]', interval: `0 ≤ w ≤ ${f(sigma)}`, n: c.inside, p: exact.inside },
    { key: 'aboveSigma', label: 'above σ', interval: `w > ${f(sigma)}`, n: c.aboveSigma, p: exact.aboveSigma },
    { key: 'beyond3', label: 'beyond ±3σ', interval: `|w| > ${f(3 * sigma)}`, n: c.beyond3, p: exact.beyond3 },
  ];
  const outsideRange = c.below0 + c.aboveSigma;
  const description =
    `Histogram of ${whole(count)} draws from Normal(0, ${f(sigma)}), bars of width σ/4. ` +
    `The shaded interval is [0, ${f(sigma)}]. ${whole(c.below0)} draws fall below 0 (exactly 50 % expected), ` +
    `${whole(c.inside)} inside [0, σ] (34.13 %), ${whole(c.aboveSigma)} above σ (15.87 %), and ${whole(c.beyond3)} beyond ±3σ (0.27 %).`;

  return (
    <WidgetFrame
      id={id}
      caption="Spread is not a range"
      description="Draw weights from Normal(0, σ) and count how many land outside the interval 0 … σ."
      schema={spreadSchema}
      state={s}
      onReset={reset}
      onResample={() => set((cur) => ({ seed: nextSeed(cur.seed) }))}
      code={spreadCode(s)}
      announce={`${whole(outsideRange)} of ${whole(count)} draws (${formatPercent(outsideRange / count)}) lie outside 0 … ${f(sigma)}; ${whole(c.beyond3)} lie beyond ±3σ.`}
      equation={
        <div className="nn-spread-equation">
          <LiveMath display tex={insideTex(sigma, normalCdf(1))} />
          <LiveMath display tex={measuredTex(c.inside, count)} />
          <Readout
            label="Draws counted"
            items={[
              { label: 'below 0', value: whole(c.below0) },
              { label: 'inside [0, σ]', value: whole(c.inside), color: 'var(--c-a)' },
              { label: 'above σ', value: whole(c.aboveSigma) },
              { label: 'beyond ±3σ', value: whole(c.beyond3) },
            ]}
          />
          <p className="nn-spread-note">
            Only {formatPercent(c.inside / count)} of the draws lie in [0, σ]; {formatPercent(outsideRange / count)} lie outside it.
          </p>
        </div>
      }
      controls={
        <>
          <Slider label="σ (standard deviation)" value={sigma} min={0.05} max={2} step={0.001} color="var(--c-w)" onChange={(v) => set({ sigma: v })} />
          <Slider label="N (draws)" value={count} min={10} max={20_000} step={10} format={whole} onChange={(v) => set({ count: v })} />
          <Slider label="seed" value={seed} min={0} max={1_000_000} step={1} onChange={(v) => set({ seed: v })} />
        </>
      }
    >
      <Plot
        x={{ domain: [-4 * sigma, 4 * sigma] }}
        y={{ domain: [0, d.yMax] }}
        height={240}
        title={`Where ${whole(count)} draws from Normal(0, ${f(sigma)}) land`}
        description={description}
      >
        <Band x0={0} x1={sigma} color="var(--c-a)" opacity={0.14} />
        <AxisBottom label="weight value w" />
        <AxisLeft label="draws per bar" />
        <HistogramBars x0={d.x0} x1={d.x1} counts={d.region.below} color="var(--series-2)" />
        <HistogramBars x0={d.x0} x1={d.x1} counts={d.region.inside} color="var(--c-a)" />
        <HistogramBars x0={d.x0} x1={d.x1} counts={d.region.above} color="var(--series-3)" />
        <RuleX x={0} label="0" color="var(--fg)" />
        <RuleX x={sigma} label={`σ = ${f(sigma)}`} color="var(--fg)" />
        <RuleX x={-3 * sigma} label="−3σ" />
        <RuleX x={3 * sigma} label="3σ" />
      </Plot>
      <ScrollBox label="Draws counted by region" className="nn-spread-table">
      <table className="nn-initlab-table">
        <caption>{whole(count)} draws, counted by region</caption>
        <thead>
          <tr><th scope="col">region</th><th scope="col">interval</th><th scope="col">draws</th><th scope="col">measured</th><th scope="col">exact</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.interval.replace('-', '\u2212')}</td>
              <td>{whole(r.n)}</td>
              <td>{formatPercent(r.n / count, 2)}</td>
              <td data-testid={`exact-${r.key}`}>{formatPercent(r.p, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </ScrollBox>
    </WidgetFrame>
  );
}
