import { createRng, fillNormal, histogram, normalCdf } from '../../core';
import type { SpreadState } from './params';

/** Bins of width σ/4 over [−4σ, 4σ]: 0 and σ are bin edges, so every bar lies in one region. */
export const BINS_PER_SIGMA = 4;
export const SPAN = 4;

export interface RegionCounts {
  below0: number;
  inside: number;
  aboveSigma: number;
  beyond3: number;
}

/** Counts the draws below 0, inside [0, σ], above σ, and with |w| > 3σ. */
export function countRegions(samples: ArrayLike<number>, sigma: number): RegionCounts {
  let below0 = 0, inside = 0, aboveSigma = 0, beyond3 = 0;
  const far = 3 * sigma;
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i];
    if (v < 0) below0++;
    else if (v <= sigma) inside++;
    else aboveSigma++;
    if (v > far || v < -far) beyond3++;
  }
  return { below0, inside, aboveSigma, beyond3 };
}

/** Exact probabilities for w ~ N(0, σ²); they do not depend on σ. */
export function exactShares(): RegionCounts {
  return {
    below0: normalCdf(0),
    inside: normalCdf(1) - normalCdf(0),
    aboveSigma: 1 - normalCdf(1),
    beyond3: 2 * (1 - normalCdf(3)),
  };
}

export function computeSpread(s: SpreadState) {
  const samples = fillNormal(createRng(s.seed), new Float64Array(s.count), 0, s.sigma);
  const bins = SPAN * BINS_PER_SIGMA * 2;
  const h = histogram(samples, bins, [-SPAN * s.sigma, SPAN * s.sigma]);
  /** Bars split into the three regions (a zero height elsewhere), so each gets its own colour. */
  const region = { below: new Float64Array(bins), inside: new Float64Array(bins), above: new Float64Array(bins) };
  let yMax = 1;
  for (let i = 0; i < bins; i++) {
    const mid = (h.x0[i] + h.x1[i]) / 2;
    const target = mid < 0 ? region.below : mid < s.sigma ? region.inside : region.above;
    target[i] = h.counts[i];
    yMax = Math.max(yMax, h.counts[i]);
  }
  return { samples, x0: h.x0, x1: h.x1, region, yMax: yMax * 1.1, outside: h.below + h.above, counts: countRegions(samples, s.sigma) };
}
