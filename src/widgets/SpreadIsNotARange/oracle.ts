import { createRng, fillNormal } from '../../core';
import { approx, type OracleView } from '../../test/oracle';
import type { SpreadState } from './params';

/** ∫₀ᵏ φ(t) dt by Simpson's rule on 6,000 intervals (error ~1e-15): Φ(k) − ½ without the core. */
function normalAreaFromZero(k: number): number {
  const n = 6000;
  const h = k / n;
  const phi = (t: number) => Math.exp(-t * t / 2) / Math.sqrt(2 * Math.PI);
  let sum = phi(0) + phi(k);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * phi(i * h);
  return (sum * h) / 3;
}

/** By hand: the exact shares of N(0, σ²) by region, and the seeded draws counted by a plain loop. */
export function oracle(s: SpreadState): OracleView {
  const draws = fillNormal(createRng(s.seed), new Float64Array(s.count), 0, s.sigma);
  let below = 0, inside = 0, above = 0, beyond = 0;
  for (const w of draws) {
    if (w < 0) below++;
    else if (w <= s.sigma) inside++;
    else above++;
    if (Math.abs(w) > 3 * s.sigma) beyond++;
  }
  const oneSigma = normalAreaFromZero(1);
  return {
    equations: [
      // P(0 ≤ w ≤ σ) = P(0 ≤ w ≤ 0.632) = Φ(1) − Φ(0) ≈ 0.8413 − 0.5 ≈ 34.13 %.
      [0, 0, s.sigma, 1, 0, approx(0.5 + oneSigma, 4), -0.5, approx(100 * oneSigma, 2)],
      // inside / N = 341 / 1000 ≈ 34.1 %.
      [inside, inside, s.count, approx((100 * inside) / s.count, 1)],
    ],
    readouts: { 'below 0': below, 'inside [0, σ]': inside, 'above σ': above, 'beyond ±3σ': beyond },
    printed: {
      'P(w < 0)': 0.5,
      'P(0 ≤ w ≤ σ)': oneSigma,
      'P(w > σ)': 0.5 - oneSigma,
      'P(|w| > 3σ)': 1 - 2 * normalAreaFromZero(3),
    },
  };
}
