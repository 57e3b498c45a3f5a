import { createRng, fillNormal, fillUniform, histogram, mean, shareWithin, variance } from '../../core';

/**
 * Every weight the lab shows is σ·z, where z is one seeded stream of standard draws (N(0, 1), or
 * U[−√3, √3) which also has variance 1): the core's samplers are prefix-consistent, so the first
 * n draws do not depend on how many are asked for. Caching that stream and its statistics per
 * (distribution, seed) makes the n_in and n_out sliders cost almost nothing: changing them only
 * rescales by σ. Only N, the seed or the distribution draw anew.
 */
type Dist = 'normal' | 'uniform';
const SQRT3 = Math.sqrt(3);
const streams = new Map<string, Float64Array>();

/** The first n standard draws for (dist, seed), from a cached stream that grows by doubling. */
export function standardDraws(dist: Dist, seed: number, n: number): Float64Array {
  const key = `${dist}|${seed}`;
  let stream = streams.get(key);
  if (!stream || stream.length < n) {
    const size = Math.max(n, 2 * (stream?.length ?? 0), 1024);
    const out = new Float64Array(size);
    stream = dist === 'normal' ? fillNormal(createRng(seed), out, 0, 1) : fillUniform(createRng(seed), out, -SQRT3, SQRT3);
    // Keep memory bounded: a few streams of at most ~1M draws (8 MB each).
    if (streams.size >= 4) streams.delete(streams.keys().next().value as string);
    streams.set(key, stream);
  }
  return stream.subarray(0, n);
}

export interface StandardStats {
  /** Histogram of z over [−span, span] (in units of σ). */
  hist: ReturnType<typeof histogram>;
  /** Share of |z| ≤ 1, 2, 3. */
  shares: [number, number, number];
  mean: number;
  variance: number;
}

const statsCache = new Map<string, StandardStats>();

/** Statistics of the first n standard draws, cached: they are the same for every σ. */
export function standardStats(dist: Dist, seed: number, n: number, bins: number, span: number): StandardStats {
  const key = `${dist}|${seed}|${n}|${bins}|${span}`;
  const hit = statsCache.get(key);
  if (hit) return hit;
  const z = standardDraws(dist, seed, n);
  const stats: StandardStats = {
    hist: histogram(z, bins, [-span, span]),
    shares: [shareWithin(z, 1, 0, 1), shareWithin(z, 2, 0, 1), shareWithin(z, 3, 0, 1)],
    mean: mean(z),
    variance: variance(z),
  };
  if (statsCache.size >= 16) statsCache.delete(statsCache.keys().next().value as string);
  statsCache.set(key, stats);
  return stats;
}
