import { describe, expect, it } from 'vitest';
import { flatRegions, sampleCurve } from './flatRegions';
import { valueTex, slopeTex } from './explorerTex';
import { explorerCode } from './explorerCode';
import { exercises } from './exercises';

// Independent slopes, written from the formulas rather than taken from the core.
const dSigmoid = (z: number) => Math.exp(-z) / (1 + Math.exp(-z)) ** 2;
const dTanh = (z: number) => 4 / (Math.exp(z) + Math.exp(-z)) ** 2;
const dRelu = (z: number) => (z > 0 ? 1 : 0);

describe('flatRegions(df, threshold, lo, hi)', () => {
  it('finds sigmoid\'s flat tails at |z| > ln(s / (1 − s)), s = (1 + √(1 − 4·0.05)) / 2', () => {
    const s = (1 + Math.sqrt(1 - 4 * 0.05)) / 2;
    const edge = Math.log(s / (1 - s)); // ≈ 2.887
    const r = flatRegions(dSigmoid, 0.05, -6, 6);
    expect(r).toHaveLength(2);
    expect(r[0][0]).toBe(-6);
    expect(r[0][1]).toBeCloseTo(-edge, 6);
    expect(r[1][0]).toBeCloseTo(edge, 6);
    expect(r[1][1]).toBe(6);
    expect(edge).toBeCloseTo(2.887, 3);
  });
  it('finds tanh\'s flat tails at |z| > atanh(√0.95)', () => {
    const edge = Math.atanh(Math.sqrt(0.95)); // ≈ 2.178
    const r = flatRegions(dTanh, 0.05, -6, 6);
    expect(r.map(([a, b]) => [a, b].map((v) => Number(v.toFixed(5))))).toEqual([
      [-6, Number((-edge).toFixed(5))],
      [Number(edge.toFixed(5)), 6],
    ]);
  });
  it('finds ReLU flat for every z ≤ 0, ending at the kink', () => {
    const r = flatRegions(dRelu, 0.05, -6, 6);
    expect(r).toHaveLength(1);
    expect(r[0][0]).toBe(-6);
    expect(Math.abs(r[0][1])).toBeLessThan(1e-8);
  });
  it('returns nothing when the slope is never small, the whole range when it always is', () => {
    expect(flatRegions(() => 1, 0.05, -1, 1)).toEqual([]);
    expect(flatRegions(() => 0, 0.05, -1, 1)).toEqual([[-1, 1]]);
  });
});

describe('sampleCurve', () => {
  it('spans lo…hi evenly', () => {
    const { zs, ys } = sampleCurve((z) => 2 * z, -6, 6, 5);
    expect(Array.from(zs)).toEqual([-6, -3, 0, 3, 6]);
    expect(Array.from(ys)).toEqual([-12, -6, 0, 6, 12]);
  });
});

describe('explorer TeX and code', () => {
  const z = 0.5;
  const s = 1 / (1 + Math.exp(-0.5)); // 0.6225
  it('substitutes z = 0.5 into the sigmoid and its slope σ(1 − σ)', () => {
    const v = valueTex('sigmoid', { z, f: s, df: s * (1 - s) });
    expect(v).toContain('&= \\frac{1}{1 + e^{-\\htmlClass{nn-term-z}{z}}}');
    expect(v).toContain('{-0.5}');
    expect(v).toContain('\\approx \\htmlClass{nn-term-sigmoid}{0.622}');
    const d = slopeTex('sigmoid', { z, f: s, df: s * (1 - s) });
    expect(d).toContain('&= 0.622 \\cdot (1 - 0.622)');
    expect(d).toContain('{0.235}');
  });
  it('writes tanh\'s slope as 1 − tanh² and ReLU\'s as a case split', () => {
    const t = Math.tanh(-1);
    expect(slopeTex('tanh', { z: -1, f: t, df: 1 - t * t })).toContain('1 - (-0.762)^2');
    expect(valueTex('tanh', { z: -1, f: t, df: 1 - t * t })).toContain('-(-1)');
    expect(slopeTex('relu', { z: -1, f: 0, df: 0 })).toContain('\\le 0');
    expect(valueTex('relu', { z: 2, f: 2, df: 1 })).toContain('&= \\max(0, \\htmlClass{nn-term-z}{2}) = \\htmlClass{nn-term-relu}{2}');
  });
  it('writes code for the switched-on curves only', () => {
    const c = explorerCode(0.5, ['tanh']);
    expect(c.numpy).toContain('z = 0.5');
    expect(c.numpy).toContain('dt = 1 - t**2');
    expect(c.numpy).not.toContain('np.exp');
    expect(c.pytorch).toContain('torch.tanh(z)');
  });
});

describe('exercise sigmoid-nearly-flat', () => {
  const ex = exercises[0];
  const base = { sigmoid: true, relu: true, tanh: true, derivatives: true };
  it('accepts |z| beyond ≈ 4.585 (σ\'(z) = 0.01 there) and nothing nearer 0', () => {
    const s = (1 + Math.sqrt(1 - 0.04)) / 2;
    const edge = Math.log(s / (1 - s));
    expect(edge).toBeCloseTo(4.585, 3);
    expect(ex.check({ ...base, z: 5 })).toBe(true);
    expect(ex.check({ ...base, z: -4.6 })).toBe(true);
    expect(ex.check({ ...base, z: 4.5 })).toBe(false);
    expect(ex.check({ ...base, z: 0.5 })).toBe(false);
    expect(ex.check({ ...base, z: 5, sigmoid: false })).toBe(false);
  });
});
