import { describe, expect, it } from 'vitest';
import { computeSpread, countRegions, exactShares } from './spreadMath';
import { exercises } from './exercises';

describe('countRegions(samples, σ)', () => {
  it('counts by hand: below 0, inside [0, σ], above σ, beyond ±3σ', () => {
    const c = countRegions([-2, -0.1, 0, 0.3, 0.632, 0.7, 1.95], 0.632);
    expect(c).toEqual({ below0: 2, inside: 3, aboveSigma: 2, beyond3: 2 });
  });
});

describe('exactShares()', () => {
  it('is 50 %, 34.13 %, 15.87 % and 0.27 %', () => {
    const e = exactShares();
    expect(e.below0).toBe(0.5);
    expect(e.inside).toBeCloseTo(0.341345, 5);
    expect(e.aboveSigma).toBeCloseTo(0.158655, 5);
    expect(e.beyond3).toBeCloseTo(0.0026998, 6);
  });
});

describe('computeSpread(state)', () => {
  it('splits the histogram bars exactly at 0 and σ, and the region counts add up', () => {
    const d = computeSpread({ sigma: 0.632, count: 20_000, seed: 7 });
    const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
    expect(sum(d.region.below)).toBe(d.counts.below0 - countRegions(Array.from(d.samples).filter((v) => v < -4 * 0.632), 0.632).below0);
    expect(d.counts.below0 + d.counts.inside + d.counts.aboveSigma).toBe(20_000);
    // 20,000 draws: the share inside [0, σ] is 0.3413 ± 0.0034 (one standard error).
    expect(d.counts.inside / 20_000).toBeCloseTo(0.3413, 1);
    expect(Math.abs(d.counts.inside / 20_000 - 0.3413)).toBeLessThan(0.015);
  });
  it('is the same for the same seed', () => {
    const a = computeSpread({ sigma: 1, count: 100, seed: 3 });
    const b = computeSpread({ sigma: 1, count: 100, seed: 3 });
    expect(a.counts).toEqual(b.counts);
  });
});

describe('exercise', () => {
  it('the exercise needs σ = 0.632, N = 1000 and a draw beyond ±3σ', () => {
    const [ex] = exercises;
    let found = -1;
    for (let seed = 0; seed < 50 && found < 0; seed++) if (computeSpread({ sigma: 0.632, count: 1000, seed }).counts.beyond3 > 0) found = seed;
    expect(found).toBeGreaterThanOrEqual(0);
    expect(ex.check({ sigma: 0.632, count: 1000, seed: found })).toBe(true);
    expect(ex.check({ sigma: 0.5, count: 1000, seed: found })).toBe(false);
  });
});
