import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { HistogramBars } from '../../components/plot/HistogramBars';
import type { Histogram } from '../../core';
import { groupedCount, type WeightScale } from './params';

export const BINS = 30;

const scaleText: Record<WeightScale, (n: number) => string> = {
  unit: () => 'weights drawn from N(0, 1)',
  xavier: (n) => `Xavier weights, variance 2/(${n} + 1)`,
  he: (n) => `He weights, variance 2/${n}`,
};

interface Props { hist: Histogram; n: number; scale: WeightScale; seed: number; b: number; wx: number; z: number }

/** The n products wᵢxᵢ one by one: small, of both signs, partly cancelling in z. */
export function ProductHistogram({ hist, n, scale, seed, b, wx, z }: Props) {
  const f = (x: number) => formatNumber(x);
  let maxCount = 1;
  for (let i = 0; i < hist.counts.length; i++) maxCount = Math.max(maxCount, hist.counts[i]);
  const lo = hist.x0[0];
  const hi = hist.x1[hist.x1.length - 1];
  const description =
    `Histogram of the ${groupedCount(n)} products wᵢxᵢ in ${BINS} bins from ${f(lo)} to ${f(hi)}; the tallest bin holds ${maxCount}. ` +
    `Their sum is wᵀx = ${f(wx)}, and with b = ${f(b)} the neuron's z = ${f(z)}.`;
  return (
    <Plot x={{ domain: [lo, hi] }} y={{ domain: [0, Math.ceil(maxCount * 1.1)] }} height={240} title={`The ${groupedCount(n)} products wᵢxᵢ (${scaleText[scale](n)}, seed ${seed})`} description={description}>
      <AxisBottom label="product wᵢxᵢ" ticks={5} />
      <AxisLeft label="count" />
      <HistogramBars x0={hist.x0} x1={hist.x1} counts={hist.counts} color="var(--c-z)" />
    </Plot>
  );
}
