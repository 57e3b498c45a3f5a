import { describe, expect, it } from 'vitest';
import {
  ksStatistic, mean, normalCdf, normalPdf, sampleVariance, shareWithin, standardDeviation, variance,
} from './stats';

/** Independent reference: Φ(x) = ½ + φ(x)·Σₙ x^{2n+1}/(1·3·…·(2n+1)) (all terms positive for x > 0). */
function phiSeries(x: number): number {
  let term = x, sum = x;
  for (let n = 1; n < 1000 && Math.abs(term) > 1e-18 * Math.abs(sum); n++) {
    term *= (x * x) / (2 * n + 1);
    sum += term;
  }
  return 0.5 + (Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)) * sum;
}

describe('mean, variance, sampleVariance, standardDeviation', () => {
  it('of [1, 2, 3, 4]: 2.5, 1.25, 5/3, √1.25', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(variance([1, 2, 3, 4])).toBe(1.25);
    expect(sampleVariance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 15);
    expect(standardDeviation([1, 2, 3, 4])).toBeCloseTo(Math.sqrt(1.25), 15);
  });
  it('return 0 for an empty input (and sampleVariance for one value)', () => {
    expect(mean([])).toBe(0);
    expect(variance([])).toBe(0);
    expect(sampleVariance([])).toBe(0);
    expect(sampleVariance([3])).toBe(0);
    expect(standardDeviation(new Float64Array(0))).toBe(0);
    expect(shareWithin([], 1)).toBe(0);
    expect(ksStatistic([], normalCdf)).toBe(0);
  });
  it('variance is exact for a large offset (two-pass, no cancellation): 1e9 + [0, 1, 2] → 2/3', () => {
    expect(variance([1e9, 1e9 + 1, 1e9 + 2])).toBeCloseTo(2 / 3, 12);
  });
});

describe('shareWithin(values, k, mu?, sigma?)', () => {
  it('counts |v − μ| ≤ kσ, boundaries included', () => {
    expect(shareWithin([-2, -1, 0, 1, 2], 1, 0, 1)).toBe(3 / 5);
    expect(shareWithin([-2, -1, 0, 1, 2], 2, 0, 1)).toBe(1);
    // Own mean 0, own σ = √2 → within 1σ: |v| ≤ 1.414: −1, 0, 1.
    expect(shareWithin([-2, -1, 0, 1, 2], 1)).toBe(3 / 5);
    expect(shareWithin([0, 10], 1, 10, 1)).toBe(1 / 2);
  });
});

describe('normalPdf(x, mu, sigma)', () => {
  it('φ(0) = 1/√(2π), φ(1) = e^{−½}/√(2π), scaling by σ', () => {
    expect(normalPdf(0)).toBeCloseTo(0.3989422804014327, 15);
    expect(normalPdf(1)).toBeCloseTo(0.24197072451914337, 15);
    expect(normalPdf(3, 1, 2)).toBeCloseTo(0.24197072451914337 / 2, 15);
  });
});

describe('normalCdf(x, mu, sigma)', () => {
  it('table values: Φ(0) = ½, Φ(1) = 0.841344746068543, Φ(1.96) = 0.975002104851780, Φ(−3) = 0.00134989803163', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.841344746068543, 13);
    expect(normalCdf(1.96)).toBeCloseTo(0.97500210485178, 13);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 15);
    expect(normalCdf(2, 1, 0.5)).toBeCloseTo(0.977249868051821, 13);
  });
  it('agrees with the independent series to 1e-12 on [−6, 6]', () => {
    let worst = 0;
    for (let x = -6; x <= 6; x += 0.0137) worst = Math.max(worst, Math.abs(normalCdf(x) - phiSeries(x)));
    expect(worst).toBeLessThan(1e-12);
  });
  it('keeps the relative accuracy of the far tail: Φ(−10) = 7.6198530241605e-24', () => {
    expect(normalCdf(-10) / 7.6198530241605e-24).toBeCloseTo(1, 11);
    expect(normalCdf(-5) / 2.866515718791939e-7).toBeCloseTo(1, 8);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(1e308)).toBe(1);
  });
  it('is symmetric: Φ(−x) = 1 − Φ(x)', () => {
    for (const x of [0.1, 0.7, 1.3, 2.9, 5.5, 8]) expect(normalCdf(-x) + normalCdf(x)).toBeCloseTo(1, 15);
  });
});

describe('ksStatistic(values, cdf)', () => {
  const uniformCdf = (x: number) => Math.min(1, Math.max(0, x));
  it('hand cases against U[0, 1]: [0.5] → ½; [0.25, 0.75] → ¼; [0.1, 0.2] → 0.8', () => {
    expect(ksStatistic([0.5], uniformCdf)).toBe(0.5);
    expect(ksStatistic([0.25, 0.75], uniformCdf)).toBe(0.25);
    expect(ksStatistic([0.1, 0.2], uniformCdf)).toBeCloseTo(0.8, 15);
  });
  it('does not depend on the order of the values, and leaves them unsorted', () => {
    const values = [0.9, 0.1, 0.5, 0.3];
    expect(ksStatistic(values, uniformCdf)).toBe(ksStatistic([0.1, 0.3, 0.5, 0.9], uniformCdf));
    expect(values).toEqual([0.9, 0.1, 0.5, 0.3]);
  });
});
