import { describe, expect, it } from 'vitest';
import { computeInitLab, computeMatrix, expectedShare, summariseMatrix } from './initLabMath';
import { sampleWeights } from '../../core';
import { fixed3 } from './InitLabTables';
import { initLabCode } from './initLabCode';
import { exercises } from './exercises';
import { params } from './params';
import { shownDigits, whole } from './shownDigits';
import { formatNumber } from '../../components/format';
import { defaultsOf, nextSeed } from '../shared/params';

const base = defaultsOf(params);

describe('computeInitLab(state)', () => {
  it('gives Var = 2/(3+2) = 0.4 and σ = √0.4 ≈ 0.632 for the essay example', () => {
    const lab = computeInitLab(base);
    expect(lab.variance).toBeCloseTo(0.4, 15);
    expect(lab.sigma).toBeCloseTo(0.6324555320336759, 15);
    expect(lab.samples).toHaveLength(10_000);
    const m = computeMatrix(base);
    expect(m.rows).toHaveLength(2);
    expect(m.rows[0]).toHaveLength(3);
  });

  it('gives He Var = 2/n_in, ignoring n_out', () => {
    const lab = computeInitLab({ ...base, scheme: 'he', nIn: 8, nOut: 500 });
    expect(lab.variance).toBe(0.25);
    expect(lab.sigma).toBe(0.5);
  });

  it('draws samples whose mean, variance and band shares match the normal law (seeded)', () => {
    const lab = computeInitLab({ ...base, count: 100_000 });
    // Standard errors with n = 1e5: mean 0.632/316 ≈ 0.002, variance 0.4·√(2/n) ≈ 0.0018.
    expect(Math.abs(lab.sampleMean)).toBeLessThan(0.01);
    expect(lab.sampleVariance).toBeGreaterThan(0.39);
    expect(lab.sampleVariance).toBeLessThan(0.41);
    expect(lab.bands[0].measured).toBeCloseTo(0.6827, 2);
    expect(lab.bands[1].measured).toBeCloseTo(0.9545, 2);
    expect(lab.bands[2].measured).toBeCloseTo(0.9973, 2);
  });

  it('draws a uniform sample inside ±r = ±√(6/5) ≈ ±1.095 with variance 0.4', () => {
    const lab = computeInitLab({ ...base, dist: 'uniform', count: 100_000 });
    expect(lab.limit).toBeCloseTo(Math.sqrt(6 / 5), 15);
    let lo = Infinity, hi = -Infinity;
    for (const v of lab.samples) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    expect(lo).toBeGreaterThanOrEqual(-lab.limit);
    expect(hi).toBeLessThan(lab.limit);
    expect(lab.sampleVariance).toBeCloseTo(0.4, 2);
    // Share within ±σ of a uniform on ±√3σ is 1/√3 ≈ 0.5774.
    expect(lab.bands[0].measured).toBeCloseTo(0.5774, 2);
    expect(lab.bands[1].measured).toBe(1);
    expect(lab.flatCurve.ys[1]).toBeCloseTo(1 / (2 * Math.sqrt(1.2)), 12);
  });

  it('histogram densities integrate to the share inside ±4σ', () => {
    const lab = computeInitLab(base);
    let area = 0;
    for (let i = 0; i < lab.bins.density.length; i++) area += lab.bins.density[i] * (lab.bins.x1[i] - lab.bins.x0[i]);
    expect(area).toBeCloseTo(1 - lab.bins.outside / 10_000, 10);
  });

  it('the same seed gives the same draw, another seed another', () => {
    const a = computeInitLab(base);
    const b = computeInitLab(base);
    const c = computeInitLab({ ...base, seed: nextSeed(base.seed) });
    expect(computeMatrix(base).rows).toEqual(computeMatrix(base).rows);
    expect(Array.from(a.samples.subarray(0, 50))).toEqual(Array.from(b.samples.subarray(0, 50)));
    expect(Array.from(a.samples.subarray(0, 50))).not.toEqual(Array.from(c.samples.subarray(0, 50)));
    expect(computeMatrix(base).rows).not.toEqual(computeMatrix({ ...base, seed: nextSeed(base.seed) }).rows);
    // The lab rescales one cached standard stream; it matches the core's own draw to rounding.
    const direct = sampleWeights('xavier', 3, 2, 42);
    computeMatrix(base).rows.flat().forEach((w, i) => expect(w).toBeCloseTo(direct[i], 12));
    const he = sampleWeights('he', 5, 4, 42, 'uniform');
    computeMatrix({ scheme: 'he', dist: 'uniform', nIn: 5, nOut: 4, seed: 42 }).rows.flat().forEach((w, i) => expect(w).toBeCloseTo(he[i], 12));
  });

  it('recomputes 100,000 samples within about a frame', () => {
    const s = { ...base, count: 100_000 };
    computeInitLab(s);
    const runs = 10;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) computeInitLab({ ...s, seed: i });
    const ms = (performance.now() - t0) / runs;
    console.info(`computeInitLab with 100,000 samples: ${ms.toFixed(2)} ms per step`);
    expect(ms).toBeLessThan(50); // generous: a shared, loaded test machine; see the report for typical numbers
  });
});

describe('expectedShare(dist, k)', () => {
  it('is 68.27 / 95.45 / 99.73 % for a normal draw', () => {
    expect(expectedShare('normal', 1)).toBeCloseTo(0.682689, 5);
    expect(expectedShare('normal', 2)).toBeCloseTo(0.954500, 5);
    expect(expectedShare('normal', 3)).toBeCloseTo(0.997300, 5);
  });
  it('is min(1, k/√3) for a uniform draw', () => {
    expect(expectedShare('uniform', 1)).toBeCloseTo(0.57735, 5);
    expect(expectedShare('uniform', 2)).toBe(1);
  });
});

describe('summariseMatrix(W, nOut, nIn)', () => {
  it('shows a small matrix in full', () => {
    const m = summariseMatrix(Float64Array.from([0.314, -0.087, 0.41, 0.963, -0.148, -0.148]), 2, 3);
    expect(m.rows).toEqual([[0.314, -0.087, 0.41], [0.963, -0.148, -0.148]]);
    expect(m.moreRows || m.moreCols).toBe(false);
    expect(m.min).toBe(-0.148);
    expect(m.max).toBe(0.963);
    expect(m.mean).toBeCloseTo((0.314 - 0.087 + 0.41 + 0.963 - 0.148 - 0.148) / 6, 12);
  });
  it('shows a corner of a large one', () => {
    const W = Float64Array.from({ length: 10 * 20 }, (_, i) => i);
    const m = summariseMatrix(W, 10, 20);
    expect(m.rows).toHaveLength(4);
    expect(m.rows[1]).toEqual([20, 21, 22, 23, 24, 25]);
    expect(m.moreRows && m.moreCols).toBe(true);
    expect(m.max).toBe(199);
  });
});

describe('fixed3(x)', () => {
  it('writes three decimals with a true minus and no negative zero', () => {
    expect(fixed3(0.41)).toBe('0.410');
    expect(fixed3(-0.087)).toBe('\u22120.087');
    expect(fixed3(-0.0001)).toBe('0.000');
    expect(fixed3(NaN)).toBe('—');
  });
});

describe('shownDigits(variance, limit)', () => {
  const shown = (x: number, d: number) => Number(formatNumber(x, d));
  it('shows Var(w) with enough digits that its root gives the σ shown, for every layer size', () => {
    for (let fan = 1; fan <= 2048; fan++) {
      const v = 2 / fan;
      const d = shownDigits(v, Math.sqrt(3 * v));
      expect(shown(Math.sqrt(shown(v, d.radicand)), d.sigma), `Var = 2/${fan}`).toBe(shown(Math.sqrt(v), d.sigma));
    }
  });
  it('keeps three significant digits of small values: 1/1024 is 0.000977, not 0.001', () => {
    const d = shownDigits(1 / 1024, Math.sqrt(3 / 1024));
    expect(formatNumber(1 / 1024, d.variance)).toBe('0.000977');
    expect(formatNumber(Math.sqrt(1 / 1024), d.sigma)).toBe('0.0313');
    expect(shownDigits(0.4, Math.sqrt(1.2))).toEqual({ variance: 3, radicand: 3, sigma: 3, limit: 3 });
    // √0.667 = 0.8167, but σ = √(2/3) = 0.8165: under the root, 2/3 needs five decimals.
    expect(shownDigits(2 / 3, Math.sqrt(2)).radicand).toBe(5);
  });
  it('writes whole counts with grouping, never in scientific form', () => {
    expect(whole(1024 * 1024)).toBe('1,048,576');
    expect(whole(6)).toBe('6');
  });
});

describe('initLabCode', () => {
  it('names the matching framework initialisers', () => {
    expect(initLabCode(base).pytorch).toContain('torch.nn.init.xavier_normal_(W)');
    const he = initLabCode({ ...base, scheme: 'he', dist: 'uniform' });
    expect(he.pytorch).toContain('kaiming_uniform_(W, nonlinearity="relu")');
    expect(he.numpy).toContain('limit = np.sqrt(6 / n_in)');
  });
});

describe('exercises', () => {
  const [sigmaTenth, heHalf] = exercises;
  it('accepts n_in + n_out = 200 with Xavier only', () => {
    expect(sigmaTenth.check({ ...base, nIn: 100, nOut: 100 })).toBe(true);
    expect(sigmaTenth.check({ ...base, nIn: 72, nOut: 128 })).toBe(true);
    expect(sigmaTenth.check({ ...base, nIn: 100, nOut: 99 })).toBe(false);
    expect(sigmaTenth.check({ ...base, scheme: 'he', nIn: 100, nOut: 100 })).toBe(false);
  });
  it('accepts He with n_in = 8', () => {
    expect(heHalf.check({ ...base, scheme: 'he', nIn: 8 })).toBe(true);
    expect(heHalf.check({ ...base, scheme: 'xavier', nIn: 8 })).toBe(false);
    expect(heHalf.check({ ...base, scheme: 'he', nIn: 3 })).toBe(false);
  });
});
