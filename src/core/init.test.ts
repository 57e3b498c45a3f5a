import { describe, expect, it } from 'vitest';
import { heUniformLimit, heVariance, sampleWeights, xavierUniformLimit, xavierVariance } from './init';
import type { InitScheme } from './init';
import { ksStatistic, mean, normalCdf, shareWithin, variance } from './stats';
import { ksCritical, meanTolerance, shareTolerance, varianceTolerance } from './testUtils';

describe('variances and limits (the essay numbers)', () => {
  it('xavierVariance(3, 2) = 2/5 = 0.4, σ ≈ 0.632', () => {
    expect(xavierVariance(3, 2)).toBeCloseTo(0.4, 15);
    expect(Math.sqrt(xavierVariance(3, 2))).toBeCloseTo(0.632, 3);
  });
  it('heVariance(3) = 2/3 ≈ 0.667, σ ≈ 0.816', () => {
    expect(heVariance(3)).toBeCloseTo(2 / 3, 15);
    expect(heVariance(3)).toBeCloseTo(0.667, 3);
    expect(Math.sqrt(heVariance(3))).toBeCloseTo(0.816, 3);
  });
  it('uniform limits √(6/(nIn+nOut)) and √(6/nIn)', () => {
    expect(xavierUniformLimit(3, 2)).toBeCloseTo(Math.sqrt(1.2), 15);
    expect(heUniformLimit(3)).toBeCloseTo(Math.SQRT2, 15);
  });
});

describe('sampleWeights(scheme, nIn, nOut, seed, distribution)', () => {
  it('returns nOut × nIn values; same seed → identical, different seed → different', () => {
    const a = sampleWeights('xavier', 5, 3, 1);
    expect(a).toBeInstanceOf(Float64Array);
    expect(a.length).toBe(15);
    expect(sampleWeights('xavier', 5, 3, 1)).toEqual(a);
    expect(sampleWeights('xavier', 5, 3, 2)).not.toEqual(a);
    expect(sampleWeights('he', 5, 3, 1, 'uniform')).toEqual(sampleWeights('he', 5, 3, 1, 'uniform'));
  });

  const nIn = 400, nOut = 300, n = nIn * nOut;
  const schemes: [InitScheme, number][] = [['xavier', 2 / (nIn + nOut)], ['he', 2 / nIn]];
  for (const [scheme, v] of schemes) {
    const sigma = Math.sqrt(v);
    it(`${scheme} normal: mean 0, variance ${v.toFixed(5)}, KS, 68/95/99.7 shares`, () => {
      const w = sampleWeights(scheme, nIn, nOut, 17);
      expect(Math.abs(mean(w))).toBeLessThan(meanTolerance(sigma, n));
      expect(Math.abs(variance(w) - v)).toBeLessThan(varianceTolerance(sigma, n));
      expect(ksStatistic(w, (x) => normalCdf(x, 0, sigma))).toBeLessThan(ksCritical(n));
      for (const [k, p] of [[1, 0.682689492], [2, 0.954499736], [3, 0.997300204]]) {
        expect(Math.abs(shareWithin(w, k, 0, sigma) - p)).toBeLessThan(shareTolerance(p, n));
      }
    });
    it(`${scheme} uniform: within ±√3σ, same variance, KS against U[−√3σ, √3σ]`, () => {
      const limit = Math.sqrt(3) * sigma;
      const w = sampleWeights(scheme, nIn, nOut, 18, 'uniform');
      expect(w.every((x) => x >= -limit && x < limit)).toBe(true);
      expect(Math.abs(mean(w))).toBeLessThan(meanTolerance(sigma, n));
      expect(Math.abs(variance(w) - v)).toBeLessThan(varianceTolerance(sigma, n));
      expect(ksStatistic(w, (x) => Math.min(1, Math.max(0, (x + limit) / (2 * limit))))).toBeLessThan(ksCritical(n));
      // Within 1σ: 1/√3 of a uniform's mass; within 2σ (> the limit): all of it.
      expect(Math.abs(shareWithin(w, 1, 0, sigma) - 1 / Math.sqrt(3))).toBeLessThan(shareTolerance(1 / Math.sqrt(3), n));
      expect(shareWithin(w, 2, 0, sigma)).toBe(1);
    });
  }
});
