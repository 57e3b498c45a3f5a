/**
 * Equal-width histogram of a sample, one pass over the data (two when the domain is inferred).
 */
import { assertPositiveInteger } from './validate';

export interface Histogram {
  /** Left edges x0[i] = lo + i·(hi − lo)/bins. */
  x0: Float64Array;
  /** Right edges x1[i] = x0[i+1]; x1[bins−1] = hi exactly. */
  x1: Float64Array;
  /** counts[i] = #{v : x0[i] ≤ v < x1[i]}, the last bin closed: [x0, hi]. */
  counts: Uint32Array;
  /** Finite values below lo / above hi (only with an explicit domain); not in counts. */
  below: number;
  above: number;
  /** Number of finite values = Σ counts + below + above. NaN and ±Infinity are ignored. */
  total: number;
}

/**
 * histogram(values, bins, domain?) → bins equal-width bins over domain [lo, hi] (default: the
 * finite values' [min, max], widened to [v − ½, v + ½] when all are equal, so a constant sample sits
 * in the middle bin). Otherwise the maximum lands in the last bin (closed on the right). Finite
 * values outside an explicit domain are counted in `below`/`above`, not clamped into the end bins.
 * bins must be a positive integer (RangeError otherwise), the domain finite with lo < hi.
 */
export function histogram(
  values: ArrayLike<number>,
  bins: number,
  domain?: readonly [number, number],
): Histogram {
  assertPositiveInteger('bins', bins);
  const n = values.length;
  let lo: number, hi: number;
  if (domain) {
    [lo, hi] = domain;
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
      throw new RangeError(`domain must be finite [lo, hi] with lo < hi, got [${lo}, ${hi}]`);
    }
  } else {
    lo = Infinity;
    hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v < lo && v !== -Infinity) lo = v;
      if (v > hi && v !== Infinity) hi = v;
    }
    if (lo === Infinity) [lo, hi] = [0, 1]; // no finite values
    else if (lo === hi) [lo, hi] = [lo - 0.5, hi + 0.5];
  }
  const counts = new Uint32Array(bins);
  const scale = bins / (hi - lo);
  const last = bins - 1;
  let below = 0, above = 0, total = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    // NaN fails both comparisons; ±Infinity is caught by the range checks below.
    if (v >= lo && v <= hi) {
      const k = Math.floor((v - lo) * scale);
      counts[k > last ? last : k]++; // v = hi (or rounding up to bins) goes to the last bin
      total++;
    } else if (v < lo && v !== -Infinity) {
      below++;
      total++;
    } else if (v > hi && v !== Infinity) {
      above++;
      total++;
    }
  }
  const x0 = new Float64Array(bins);
  const x1 = new Float64Array(bins);
  const width = (hi - lo) / bins;
  for (let i = 0; i < bins; i++) {
    x0[i] = lo + i * width;
    x1[i] = i === last ? hi : lo + (i + 1) * width;
  }
  return { x0, x1, counts, below, above, total };
}
