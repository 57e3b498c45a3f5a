import { formatNumber, formatPercent } from '../../components/format';
import { normalCdf } from '../../core';
import { defineWidget, type PartProps } from '../shared/defineWidget';
import { params, whole, type SpreadState } from './params';
import { computeSpread } from './spreadMath';
import { insideTex, measuredTex } from './spreadTex';
import { spreadCode } from './spreadCode';
import { RegionTable, SpreadPlot } from './SpreadParts';

const derive = (s: SpreadState) => ({ d: computeSpread(s) });
type Part = PartProps<typeof params, ReturnType<typeof derive>>;
const outside = (v: SpreadState & ReturnType<typeof derive>) => v.d.counts.below0 + v.d.counts.aboveSigma;

/** Chapter 3: Normal(0, 0.632) is not "a number between 0 and 0.632" — count where the draws land. */
export default defineWidget({
  caption: 'Spread is not a range',
  description: 'Draw weights from Normal(0, σ) and count how many land outside the interval 0 … σ.',
  params,
  derive,
  equations: (v) => [insideTex(v.sigma, normalCdf(1)), measuredTex(v.d.counts.inside, v.count)],
  readoutLabel: 'Draws counted',
  readouts: ({ d: { counts: c } }) => [
    { label: 'below 0', value: whole(c.below0) },
    { label: 'inside [0, σ]', value: whole(c.inside), color: 'var(--c-a)' },
    { label: 'above σ', value: whole(c.aboveSigma) },
    { label: 'beyond ±3σ', value: whole(c.beyond3) },
  ],
  code: spreadCode,
  announce: (v) =>
    `${whole(outside(v))} of ${whole(v.count)} draws (${formatPercent(outside(v) / v.count)}) lie outside 0 … ${formatNumber(v.sigma)}; ${whole(v.d.counts.beyond3)} lie beyond ±3σ.`,
  Aside: ({ v }: Part) => (
    <p className="nn-spread-note">
      Only {formatPercent(v.d.counts.inside / v.count)} of the draws lie in [0, σ]; {formatPercent(outside(v) / v.count)} lie outside it.
    </p>
  ),
  resample: true,
  View: ({ v }: Part) => (
    <>
      <SpreadPlot s={v} d={v.d} />
      <RegionTable s={v} d={v.d} />
    </>
  ),
});
