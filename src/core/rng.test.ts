import { describe, expect, it } from 'vitest';
import { createRng, fillNormal, fillUniform, randomInt, seedToUint32, shuffleInPlace } from './rng';
import { ksStatistic, mean, normalCdf, shareWithin, variance } from './stats';
import { ksCritical, meanTolerance, shareTolerance, varianceTolerance } from './testUtils';

/** sfc32 written independently with unsigned arithmetic (reference for the inlined versions). */
function referenceSfc32(a: number, b: number, c: number, d: number) {
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = (b ^ (b >>> 9)) >>> 0;
    b = (c + ((c << 3) >>> 0)) >>> 0;
    c = (((c << 21) | (c >>> 11)) >>> 0);
    c = (c + t) >>> 0;
    return t;
  };
}

describe('createRng(seed)', () => {
  it('uint32() and uniform() follow the sfc32 recurrence from the current state', () => {
    const rng = createRng(123);
    const s = rng.state;
    const ref = referenceSfc32(s[0] >>> 0, s[1] >>> 0, s[2] >>> 0, s[3] >>> 0);
    for (let i = 0; i < 1000; i++) expect(rng.uint32()).toBe(ref());
    for (let i = 0; i < 100; i++) expect(rng.uniform()).toBe(ref() / 2 ** 32);
    const out = fillUniform(rng, new Float64Array(100), -2, 6);
    for (let i = 0; i < 100; i++) expect(out[i]).toBeCloseTo(-2 + 8 * (ref() / 2 ** 32), 12);
  });

  it('same seed → same sequence; different seeds → different sequences', () => {
    const a = createRng(42), b = createRng(42), c = createRng(43);
    const xa = Array.from({ length: 50 }, () => a.normal());
    const xb = Array.from({ length: 50 }, () => b.normal());
    const xc = Array.from({ length: 50 }, () => c.normal());
    expect(xa).toEqual(xb);
    expect(xa).not.toEqual(xc);
  });

  it('accepts any number as seed, deterministically (fractional, negative, huge, NaN, ±Infinity)', () => {
    const seeds = [1.5, -3, 2 ** 40, NaN, Infinity, -Infinity, -0, 1e-300];
    for (const seed of seeds) {
      const x = createRng(seed).uniform();
      expect(Number.isFinite(x)).toBe(true);
      expect(createRng(seed).uniform()).toBe(x);
    }
    expect(seedToUint32(-0)).toBe(seedToUint32(0));
    expect(seedToUint32(1.5)).not.toBe(seedToUint32(1));
    expect(seedToUint32(7)).toBe(7);
    const hashed = new Set(seeds.map(seedToUint32));
    expect(hashed.size).toBe(seeds.length); // all distinct (−0 ≡ 0, and 0 is not in the list)
  });

  it('uniform() stays in [0, 1)', () => {
    const rng = createRng(9);
    let lo = 1, hi = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = rng.uniform();
      lo = Math.min(lo, u);
      hi = Math.max(hi, u);
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
  });

  it('fillNormal(rng, out) gives the same draws as out.length calls of rng.normal()', () => {
    const bulk = fillNormal(createRng(5), new Float64Array(5000));
    const one = createRng(5);
    for (let i = 0; i < bulk.length; i++) expect(one.normal()).toBe(bulk[i]);
  });
});

describe('fillNormal(rng, out, mean, sd): statistics of 200,000 seeded draws', () => {
  const n = 200_000;
  const x = fillNormal(createRng(2024), new Float64Array(n));
  it('are all finite', () => {
    expect(x.every(Number.isFinite)).toBe(true);
  });
  it('mean ≈ 0 (±5σ/√n) and variance ≈ 1 (±5σ²√(2/(n−1)))', () => {
    expect(Math.abs(mean(x))).toBeLessThan(meanTolerance(1, n));
    expect(Math.abs(variance(x) - 1)).toBeLessThan(varianceTolerance(1, n));
  });
  it('Kolmogorov–Smirnov D against Φ is below the 0.1 % critical value 1.95/√n', () => {
    expect(ksStatistic(x, (v) => normalCdf(v))).toBeLessThan(ksCritical(n));
  });
  it('shares within 1, 2, 3σ of 0 ≈ 68.27 %, 95.45 %, 99.73 %', () => {
    for (const [k, p] of [[1, 0.682689492], [2, 0.954499736], [3, 0.997300204]]) {
      expect(Math.abs(shareWithin(x, k, 0, 1) - p)).toBeLessThan(shareTolerance(p, n));
    }
  });
  it('the tail beyond the ziggurat base R = 3.4426 has mass 2(1 − Φ(R)) = 5.7638e-4', () => {
    const p = 5.7638e-4;
    const tail = x.reduce((count, v) => (Math.abs(v) > 3.442619855899 ? count + 1 : count), 0) / n;
    expect(Math.abs(tail - p)).toBeLessThan(shareTolerance(p, n));
  });
  it('mean and sd parameters shift and scale: N(3, 0.5²)', () => {
    const y = fillNormal(createRng(7), new Float64Array(50_000), 3, 0.5);
    expect(Math.abs(mean(y) - 3)).toBeLessThan(meanTolerance(0.5, 50_000));
    expect(Math.abs(variance(y) - 0.25)).toBeLessThan(varianceTolerance(0.5, 50_000));
  });
});

describe('fillUniform(rng, out, lo, hi)', () => {
  it('U[−1, 3): in range, mean 1, variance 16/12, KS below 1.95/√n', () => {
    const n = 100_000;
    const x = fillUniform(createRng(11), new Float64Array(n), -1, 3);
    expect(x.every((v) => v >= -1 && v < 3)).toBe(true);
    const sd = 4 / Math.sqrt(12);
    expect(Math.abs(mean(x) - 1)).toBeLessThan(meanTolerance(sd, n));
    // Var(s²) for a uniform is (μ₄ − σ⁴)/n = 0.8σ⁴/n, smaller than the normal-data tolerance used here.
    expect(Math.abs(variance(x) - 16 / 12)).toBeLessThan(varianceTolerance(sd, n));
    expect(ksStatistic(x, (v) => Math.min(1, Math.max(0, (v + 1) / 4)))).toBeLessThan(ksCritical(n));
  });
});

describe('shuffleInPlace(rng, items)', () => {
  it('permutes (same multiset) and is seeded', () => {
    const a = shuffleInPlace(createRng(1), Uint32Array.from({ length: 100 }, (_, i) => i));
    const b = shuffleInPlace(createRng(1), Uint32Array.from({ length: 100 }, (_, i) => i));
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a).sort((p, q) => p - q)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(Array.from(a)).not.toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});

describe('randomInt(rng, n)', () => {
  it('covers {0, …, n − 1} evenly: each of 6 faces within binomial tolerance of 1/6', () => {
    const rng = createRng(3);
    const counts = new Array(6).fill(0);
    const n = 60_000;
    for (let i = 0; i < n; i++) counts[randomInt(rng, 6)]++;
    expect(counts.reduce((s, c) => s + c, 0)).toBe(n);
    for (const c of counts) expect(Math.abs(c / n - 1 / 6)).toBeLessThan(shareTolerance(1 / 6, n));
  });
});
