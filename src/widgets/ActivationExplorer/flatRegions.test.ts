import { describe, expect, it } from 'vitest';
import { flatRegions, sampleCurve } from './flatRegions';
import { valueTex, slopeTex } from './explorerTex';
import { explorerCode } from './explorerCode';
import { exercises } from './exercises';
import { texNumber } from '../../components/format';

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
  const at = (z: number, f: number, df: number) => ({ z, f, df });
  it('writes e^{0} at z = 0, never e^{-0}', () => {
    for (const name of ['sigmoid', 'tanh'] as const) {
      const tex = valueTex(name, at(0, name === 'sigmoid' ? 0.5 : 0, 0));
      expect(tex).toContain('e^{\\htmlClass{nn-term-z}{0}}');
      expect(tex).not.toMatch(/\{-0\}|-\\htmlClass\{nn-term-z\}\{0\}/);
    }
  });
  it('writes σ(z) and tanh(z) in the slope with the digits that give the slope shown, at every z of the grid', () => {
    for (let i = -600; i <= 600; i++) {
      const z = i / 100;
      const s = 1 / (1 + Math.exp(-z));
      const sig = slopeTex('sigmoid', at(z, s, s * (1 - s)));
      const sShown = Number(/&(?:=|\\approx) ([\d.]+) \\cdot/.exec(sig)![1]);
      expect(sig).toContain(`\\htmlClass{nn-term-sigmoid}{${texNumber(sShown * (1 - sShown))}}`);
      const t = Math.tanh(z);
      const tan = slopeTex('tanh', at(z, t, 1 - t * t));
      const tShown = Number(/&(?:=|\\approx) 1 - \(?(-?[\d.]+)\)?\^2/.exec(tan)![1]);
      expect(tan).toContain(`\\htmlClass{nn-term-tanh}{${texNumber(1 - tShown * tShown)}}`);
    }
    // At z = −4.88 three decimals would not do: 0.008 · (1 − 0.008) = 0.0079 reads 0.008, σ' = 0.00748.
    const s = 1 / (1 + Math.exp(4.88));
    expect(slopeTex('sigmoid', at(-4.88, s, s * (1 - s)))).toContain('&\\approx 0.0075 \\cdot (1 - 0.0075)');
    // σ(0) = 0.5 and tanh(0) = 0 are exact: "=" before them.
    expect(slopeTex('sigmoid', at(0, 0.5, 0.25))).toContain('&= 0.5 \\cdot (1 - 0.5) = ');
  });
  it('writes runnable code for a float z: no array methods, floats for PyTorch', () => {
    const c = explorerCode(2, ['relu']);
    expect(c.numpy).toContain('z = 2.0');
    expect(c.numpy).not.toContain('astype');
    expect(c.pytorch).toContain('torch.tensor(2.0, dtype=torch.float32).requires_grad_()');
    expect(explorerCode(0.5, []).numpy).not.toContain('np.exp');
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
