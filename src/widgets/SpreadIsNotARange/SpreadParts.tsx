import { ScrollBox } from '../../components/ScrollBox';
import { formatNumber, formatPercent } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { Band } from '../../components/plot/Band';
import { HistogramBars } from '../../components/plot/HistogramBars';
import { RuleX } from '../../components/plot/Rules';
import { exactShares, type computeSpread } from './spreadMath';
import { whole, type SpreadState } from './params';

type Spread = ReturnType<typeof computeSpread>;
const exact = exactShares();
const f = (x: number) => formatNumber(x);

/** The draws as a histogram over ±4σ, its bars coloured by region, the interval [0, σ] shaded. */
export function SpreadPlot({ s, d }: { s: SpreadState; d: Spread }) {
  const c = d.counts;
  const description =
    `Histogram of ${whole(s.count)} draws from Normal(0, ${f(s.sigma)}), bars of width σ/4. ` +
    `The shaded interval is [0, ${f(s.sigma)}]. ${whole(c.below0)} draws fall below 0 (exactly 50 % expected), ` +
    `${whole(c.inside)} inside [0, σ] (34.13 %), ${whole(c.aboveSigma)} above σ (15.87 %), and ${whole(c.beyond3)} beyond ±3σ (0.27 %).`;
  return (
    <Plot x={{ domain: [-4 * s.sigma, 4 * s.sigma] }} y={{ domain: [0, d.yMax] }} height={240} title={`Where ${whole(s.count)} draws from Normal(0, ${f(s.sigma)}) land`} description={description}>
      <Band x0={0} x1={s.sigma} color="var(--c-a)" opacity={0.14} />
      <AxisBottom label="weight value w" />
      <AxisLeft label="draws per bar" />
      <HistogramBars x0={d.x0} x1={d.x1} counts={d.region.below} color="var(--series-2)" />
      <HistogramBars x0={d.x0} x1={d.x1} counts={d.region.inside} color="var(--c-a)" />
      <HistogramBars x0={d.x0} x1={d.x1} counts={d.region.above} color="var(--series-3)" />
      <RuleX x={0} label="0" color="var(--fg)" />
      <RuleX x={s.sigma} label={`σ = ${f(s.sigma)}`} color="var(--fg)" />
      <RuleX x={-3 * s.sigma} label="−3σ" />
      <RuleX x={3 * s.sigma} label="3σ" />
    </Plot>
  );
}

/** The counts by region beside the measured and the exact shares. */
export function RegionTable({ s, d }: { s: SpreadState; d: Spread }) {
  const c = d.counts;
  const rows = [
    { key: 'below0', label: 'below 0', interval: 'w < 0', n: c.below0, p: exact.below0 },
    { key: 'inside', label: 'inside [0, σ]', interval: `0 ≤ w ≤ ${f(s.sigma)}`, n: c.inside, p: exact.inside },
    { key: 'aboveSigma', label: 'above σ', interval: `w > ${f(s.sigma)}`, n: c.aboveSigma, p: exact.aboveSigma },
    { key: 'beyond3', label: 'beyond ±3σ', interval: `|w| > ${f(3 * s.sigma)}`, n: c.beyond3, p: exact.beyond3 },
  ];
  return (
    <ScrollBox label="Draws counted by region" className="nn-spread-table">
      <table className="nn-initlab-table">
        <caption>{whole(s.count)} draws, counted by region</caption>
        <thead>
          <tr><th scope="col">region</th><th scope="col">interval</th><th scope="col">draws</th><th scope="col">measured</th><th scope="col">exact</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.interval}</td>
              <td>{whole(r.n)}</td>
              <td>{formatPercent(r.n / s.count, 2)}</td>
              <td data-testid={`exact-${r.key}`}>{formatPercent(r.p, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
