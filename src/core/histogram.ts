/**
 * Equal-width histogram of a sample, one pass over the data (two when the domain is inferred).
 */
import { assertPositiveInteger } from './validate';

export interface Histogram {
  /** Left edges x0[i] = lo + i·(hi − lo)/bins. */
  x0: Float64Array;
  /** Right edges x1[i] = x0[i+1]; x1[bins−1] = hi exactly. */
  x1: Float64Array;
  /** counts[i] = #{v : x0[i] ≤ v < x1[i]}, the last bin closed: [x0, hi] (exact even at edges). */
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
  // Numerical traps: hi − lo overflows for a domain like [−1e308, 1e308] (so work on halved
  // values, s = ½), and bins/(hi − lo) overflows for a subnormal span (then divide instead).
  const s = Number.isFinite(hi - lo) ? 1 : 0.5;
  const los = lo * s, span = hi * s - los;
  const scale = bins / span;
  const divide = !Number.isFinite(scale);
  const last = bins - 1;
  // edges[i] = x0[i]; edges[bins] = +Infinity is a sentinel so the edge check needs no bounds test.
  const edges = new Float64Array(bins + 1);
  const width = span / bins;
  for (let i = 0; i < bins; i++) edges[i] = (los + i * width) / s;
  edges[bins] = Infinity;
  let below = 0, above = 0, total = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    // NaN fails both comparisons; ±Infinity is caught by the range checks below.
    if (v >= lo && v <= hi) {
      let k = Math.floor(divide ? ((v * s - los) / span) * bins : (v * s - los) * scale);
      if (k > last) k = last; // v = hi goes to the last bin
      // Rounding can put the index one off at an edge: make it agree with the edges (not for
      // a subnormal span, whose inner edges are not representable).
      if (!divide) {
        if (v < edges[k]) k--;
        else if (v >= edges[k + 1]) k++;
      }
      counts[k]++;
      total++;
    } else if (v < lo && v !== -Infinity) {
      below++;
      total++;
    } else if (v > hi && v !== Infinity) {
      above++;
      total++;
    }
  }
  const x0 = edges.slice(0, bins);
  const x1 = edges.slice(1);
  x1[last] = hi;
  return { x0, x1, counts, below, above, total };
}
