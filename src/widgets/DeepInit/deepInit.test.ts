import { describe, expect, it } from 'vitest';
import { deepSignal } from '../../core';
import { layerGain, summarizeDeepSignal, trendOf, varianceRatio, BINS } from './deepInitMath';
import { gainTex, ratioTex } from './deepInitTex';
import { deepInitCode } from './deepInitCode';
import { heKeepsReluSteady, exercises } from './exercises';
import { defaultsOf } from '../shared/params';
import { params } from './params';
import { axisMiddle, powerOfTen, significant } from './shownNumbers';
import { signalSentence } from './deepInitText';

describe('layerGain(init, width, act)', () => {
  it('is n_in·Var(w), halved by ReLU (hand values)', () => {
    expect(layerGain('xavier', 100, 'tanh')).toBeCloseTo(100 * (2 / 200), 12); // 1
    expect(layerGain('he', 100, 'relu')).toBeCloseTo(100 * (2 / 100) * 0.5, 12); // 1
    expect(layerGain('he', 100, 'tanh')).toBeCloseTo(2, 12);
    expect(layerGain('small', 100, 'tanh')).toBeCloseTo(100 * 0.0001, 12); // 0.01
    expect(layerGain('large', 64, 'relu')).toBeCloseTo(32, 12);
  });
});

describe('varianceRatio / trendOf', () => {
  it('divides last by first and never yields NaN', () => {
    expect(varianceRatio([0.4, 0.2, 0.1])).toBe(0.25);
    expect(varianceRatio([0, 0])).toBe(1);
    expect(varianceRatio([0, 3])).toBe(Infinity);
    expect(varianceRatio([2, 0])).toBe(0);
  });
  it('names the trend from the ratio', () => {
    expect(trendOf(1e-5)).toBe('vanishing');
    expect(trendOf(0)).toBe('vanishing');
    expect(trendOf(0.2)).toBe('shrinking');
    expect(trendOf(1.5)).toBe('steady');
    expect(trendOf(5)).toBe('growing');
    expect(trendOf(Infinity)).toBe('exploding');
    expect(trendOf(1, 0.8)).toBe('saturating');
  });
});

describe('summarizeDeepSignal(options)', () => {
  const base = { layers: 6, width: 64, batch: 64, seed: 3 } as const;
  it('layer 1 of Xavier/tanh has Var(tanh(z)), z ~ N(0, 1): ≈ 0.394', () => {
    // E[tanh(z)²] for z ~ N(0, 1) by quadrature, independent of the core.
    let e2 = 0;
    for (let i = -4000; i <= 4000; i++) {
      const z = i / 500;
      e2 += (Math.tanh(z) ** 2 * Math.exp(-z * z / 2)) / Math.sqrt(2 * Math.PI) / 500;
    }
    const s = summarizeDeepSignal({ ...base, init: 'xavier', act: 'tanh' });
    expect(e2).toBeCloseTo(0.394, 2);
    expect(Math.abs(s.actVar[0] - e2)).toBeLessThan(0.05);
  });
  it('layer 1 of He/ReLU has Var(relu(z)), z ~ N(0, 2): 1 − 1/π ≈ 0.682', () => {
    const s = summarizeDeepSignal({ ...base, init: 'he', act: 'relu' });
    expect(Math.abs(s.actVar[0] - (1 - 1 / Math.PI))).toBeLessThan(0.08);
  });
  it('too small shrinks the variance about 100·0.01² = 0.0064·(width/64)… per layer (linear regime)', () => {
    const s = summarizeDeepSignal({ ...base, init: 'small', act: 'tanh' });
    // tanh ≈ identity for tiny z, so each layer multiplies Var by width·0.01² = 0.0064.
    for (let l = 1; l < s.actVar.length; l++) expect(s.actVar[l] / s.actVar[l - 1]).toBeCloseTo(0.0064, 3);
  });
  it('histograms hold shares that sum to ≤ 1 on shared edges', () => {
    const s = summarizeDeepSignal({ ...base, init: 'xavier', act: 'tanh' });
    expect(s.actEdges).toHaveLength(BINS + 1);
    expect(s.actEdges[0]).toBe(-1);
    expect(s.actEdges[BINS]).toBe(1);
    for (const h of s.actHist) {
      const total = h.shares.reduce((a, b) => a + b, 0);
      expect(total).toBeGreaterThan(0.999);
      expect(total).toBeLessThanOrEqual(1 + 1e-12);
    }
    expect(s.gradEdges[0]).toBe(-s.gradEdges[BINS]);
  });
  it('large tanh saturates; its numbers stay finite', () => {
    const s = summarizeDeepSignal({ ...base, init: 'large', act: 'tanh' });
    expect(s.saturated).toBeGreaterThan(0.5);
    expect([...s.actVar, ...s.gradVar, ...s.gradEdges].every(Number.isFinite)).toBe(true);
  });
  it('large ReLU at 20 × 256 explodes yet stays finite', () => {
    const s = summarizeDeepSignal({ layers: 20, width: 256, batch: 16, seed: 1, init: 'large', act: 'relu' });
    expect(trendOf(varianceRatio(s.actVar))).toBe('exploding');
    expect([...s.actVar, ...s.actEdges, ...s.gradEdges].every(Number.isFinite)).toBe(true);
  });
});

describe('exercise deep-init-relu-steady', () => {
  it('its rule agrees with deepSignal: with ReLU only He stays within a factor 2 at layer 10', () => {
    for (const width of [64, 100, 256]) {
      for (const seed of [42, 1]) {
        for (const init of ['small', 'large', 'xavier', 'he'] as const) {
          const sig = deepSignal({ layers: 10, width, batch: 256, activation: 'relu', init, seed });
          const r = sig.layers[9].activationVariance / sig.layers[0].activationVariance;
          const state = { ...defaultsOf(params), act: 'relu' as const, init, width, seed };
          expect(heKeepsReluSteady(state)).toBe(r >= 0.5 && r <= 2);
        }
      }
    }
    expect(exercises[0].check(defaultsOf(params))).toBe(false);
  }, 60_000);
});

describe('too small at 20 layers: tiny variances in words and on the axis', () => {
  const s = summarizeDeepSignal({ layers: 20, width: 16, batch: 16, seed: 1, init: 'small', act: 'tanh' });
  const last = s.actVar[19];
  it('shows the last variance and the ratio in scientific form, never "0"', () => {
    expect(last).toBeLessThan(1e-40);
    expect(significant(last)).toMatch(/^\d(\.\d+)?×10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/);
    expect(significant(1.234e-14)).toBe('1.23×10⁻¹⁴');
    expect(significant(0.394)).toBe('0.394');
    const sentence = signalSentence('vanishing', varianceRatio(s.actVar), 20, 0);
    expect(sentence).not.toMatch(/ 0 times/);
    expect(sentence).toMatch(/is \d(\.\d+)?×10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+ times/);
  });
  it('labels a log axis with distinct powers of ten', () => {
    const labels = [1e-40, 1e-30, 1e-20, 1e-10, 1].map(powerOfTen);
    expect(labels).toEqual(['10⁻⁴⁰', '10⁻³⁰', '10⁻²⁰', '10⁻¹⁰', '1']);
    expect([0.01, 0.1, 10, 100, 1e3].map(powerOfTen)).toEqual(['0.01', '0.1', '10', '100', '10³']);
  });
});

describe('axisMiddle: the middle tick under every layer histogram', () => {
  it('reads 0 for the gradients\' range −g … g, not the float noise of its bin edges', () => {
    // The figure as it opens: its edges' plain middle is −4.44×10⁻¹⁶.
    const { gradEdges } = summarizeDeepSignal(defaultsOf(params));
    const [lo, hi] = [gradEdges[0], gradEdges[gradEdges.length - 1]];
    expect(lo).toBeCloseTo(-hi, 12);
    expect(significant(axisMiddle(lo, hi))).toBe('0');
    // −0.1 − 0.2 is −0.30000000000000004: the plain average of it and 0.3 is −2.8×10⁻¹⁷.
    expect(significant(axisMiddle(-0.1 - 0.2, 0.3))).toBe('0');
  });
  it('is the plain middle of a range that is not symmetric (by hand)', () => {
    expect(axisMiddle(-1, 3)).toBe(1);
    expect(axisMiddle(0, 1)).toBe(0.5);
    expect(axisMiddle(1e-6, 3e-6)).toBeCloseTo(2e-6, 15);
  });
});

describe('gainTex / ratioTex / deepInitCode', () => {
  it('shows Var(w) with the digits that make the product the gain shown: 90 · 0.01111 ≈ 1, not 90 · 0.0111', () => {
    expect(gainTex({ width: 90, varW: 1 / 90, act: 'tanh', gain: 1 })).toContain('{0.01111}');
    expect(gainTex({ width: 100, varW: 0.01, act: 'tanh', gain: 1 })).toContain('&= \\htmlClass{nn-term-x}{100} \\cdot \\htmlClass{nn-term-w}{0.01}');
    // 0.453 / 0.758 = 0.5976 ≈ 0.598, but the ratio is 0.453041 / 0.758265 = 0.5975 ≈ 0.597: four digits each.
    const ratio = ratioTex({ layers: 7, first: 0.758265, last: 0.453041, ratio: 0.453041 / 0.758265 });
    expect(ratio).toContain('{0.453}}{\\htmlClass{nn-term-a}{0.7583}}');
  });
  it('code names the scheme and sizes', () => {
    const c = deepInitCode({ layers: 10, width: 100, batch: 256, init: 'he', act: 'relu', seed: 42 });
    expect(c.numpy).toContain('L, width, batch = 10, 100, 256');
    expect(c.numpy).toContain('np.sqrt(2 / width)');
    expect(c.numpy).toContain('a = np.maximum(0, z)');
    expect(c.pytorch).toContain("kaiming_normal_(lin.weight, nonlinearity='relu')");
    expect(c.pytorch).toContain('torch.nn.ReLU()');
  });
});
