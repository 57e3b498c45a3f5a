/**
 * Descriptive statistics and the normal distribution. Conventions: an empty input gives 0
 * (mean, variances, shares, KS distance) rather than NaN or a throw, so a widget showing an empty
 * sample prints 0; non-finite entries are not filtered (they propagate).
 */

/** Mean μ = (1/n) Σ vᵢ; 0 for an empty input. */
export function mean(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return 0;
  let s = 0;
  for (let i = 0; i < n; i++) s += values[i];
  return s / n;
}

/** Σ (vᵢ − μ)², two-pass (subtracting the mean first avoids cancellation). */
function sumSquaredDeviations(values: ArrayLike<number>, mu: number): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i] - mu;
    s += d * d;
  }
  return s;
}

/** Population variance σ² = (1/n) Σ (vᵢ − μ)²; 0 for an empty input. */
export function variance(values: ArrayLike<number>): number {
  const n = values.length;
  return n === 0 ? 0 : sumSquaredDeviations(values, mean(values)) / n;
}

/** Sample (unbiased) variance s² = (1/(n−1)) Σ (vᵢ − μ)²; 0 when n < 2. */
export function sampleVariance(values: ArrayLike<number>): number {
  const n = values.length;
  return n < 2 ? 0 : sumSquaredDeviations(values, mean(values)) / (n - 1);
}

/** Population standard deviation σ = √variance; 0 for an empty input. */
export function standardDeviation(values: ArrayLike<number>): number {
  return Math.sqrt(variance(values));
}

/**
 * Share of values within k standard deviations: #{i : |vᵢ − μ| ≤ kσ} / n, with μ and σ the
 * data's own mean and population σ unless given; 0 for an empty input.
 */
export function shareWithin(values: ArrayLike<number>, k: number, mu?: number, sigma?: number): number {
  const n = values.length;
  if (n === 0) return 0;
  const m = mu ?? mean(values);
  const half = k * (sigma ?? Math.sqrt(sumSquaredDeviations(values, m) / n));
  let inside = 0;
  for (let i = 0; i < n; i++) if (Math.abs(values[i] - m) <= half) inside++;
  return inside / n;
}

const SQRT_2PI = 2.5066282746310002;

/** Normal density φ(x) = exp(−(x−μ)²/(2σ²)) / (σ√(2π)). */
export function normalPdf(x: number, mu = 0, sigma = 1): number {
  const t = (x - mu) / sigma;
  return Math.exp(-0.5 * t * t) / (sigma * SQRT_2PI);
}

/**
 * Normal distribution function Φ((x − μ)/σ) = P(X ≤ x), by Hart's (1968) rational approximation
 * 5666 as given by West (2005) for |t| < 7.07 and Laplace's continued fraction beyond: absolute
 * error < 1e-14, and the lower tail keeps a relative error < 1e-8 (no 1 − Φ cancellation).
 */
export function normalCdf(x: number, mu = 0, sigma = 1): number {
  const t = (x - mu) / sigma;
  if (Number.isNaN(t)) return NaN;
  const z = Math.abs(t);
  let tail: number; // P(X > z), X ~ N(0, 1)
  if (z > 37) {
    tail = 0;
  } else {
    const e = Math.exp(-0.5 * z * z);
    if (z < 7.07106781186547) {
      let num = 3.52624965998911e-2 * z + 0.700383064443688;
      num = num * z + 6.37396220353165;
      num = num * z + 33.912866078383;
      num = num * z + 112.079291497871;
      num = num * z + 221.213596169931;
      num = num * z + 220.206867912376;
      let den = 8.83883476483184e-2 * z + 1.75566716318264;
      den = den * z + 16.064177579207;
      den = den * z + 86.7807322029461;
      den = den * z + 296.564248779674;
      den = den * z + 637.333633378831;
      den = den * z + 793.826512519948;
      den = den * z + 440.413735824752;
      tail = (e * num) / den;
    } else {
      // Laplace's continued fraction P(X > z) = φ(z) / (z + 1/(z + 2/(z + 3/(z + …)))), 20 terms.
      let cf = z;
      for (let k = 20; k >= 1; k--) cf = z + k / cf;
      tail = e / cf / SQRT_2PI;
    }
  }
  return t > 0 ? 1 - tail : tail;
}

/**
 * Kolmogorov–Smirnov distance D = sup_x |Fₙ(x) − F(x)| between the empirical distribution of
 * values (sorted or not; a sorted copy is made) and the distribution function cdf:
 * D = maxᵢ max(i/n − F(x₍ᵢ₎), F(x₍ᵢ₎) − (i−1)/n) over the order statistics, i = 1…n. 0 if empty.
 */
export function ksStatistic(values: ArrayLike<number>, cdf: (x: number) => number): number {
  const n = values.length;
  if (n === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}
