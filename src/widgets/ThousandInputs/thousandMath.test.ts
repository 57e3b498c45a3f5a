import { describe, expect, it } from 'vitest';
import { createRng } from '../../core';
import { formatDuration, shownTerms, thousandValues, timeDot } from './thousandMath';
import { thousandTex } from './thousandTex';
import { thousandCode } from './thousandCode';
import { texToPlainText } from '../../components/texTerms';

describe('thousandValues(n, scale, b, seed)', () => {
  it('keeps inputs in hundredths of [0, 1) and weights in thousandths', () => {
    const v = thousandValues(1000, 'xavier', 0.5, 42);
    for (let i = 0; i < 1000; i++) {
      expect(v.x[i]).toBeGreaterThanOrEqual(0);
      expect(v.x[i]).toBeLessThan(1);
      expect(Math.abs(100 * v.x[i] - Math.round(100 * v.x[i]))).toBeLessThan(1e-9);
      expect(Math.abs(1000 * v.w[i] - Math.round(1000 * v.w[i]))).toBeLessThan(1e-9);
      expect(Object.is(v.w[i], -0)).toBe(false);
    }
  });
  it('draws the inputs first from the seeded generator', () => {
    const v = thousandValues(3, 'unit', 0, 7);
    const rng = createRng(7);
    expect(v.x[0]).toBe(Math.floor(100 * rng.uniform()) / 100);
  });
  it('same seed, same draw; another seed, another draw', () => {
    expect(thousandValues(50, 'he', 0, 1).z).toBe(thousandValues(50, 'he', 0, 1).z);
    expect(thousandValues(50, 'he', 0, 1).z).not.toBe(thousandValues(50, 'he', 0, 2).z);
  });
  it('Xavier weights have variance near 2/(n + 1) for n = 10,000', () => {
    const v = thousandValues(10_000, 'xavier', 0, 3);
    let ss = 0;
    for (const w of v.w) ss += w * w;
    expect(ss / 10_000).toBeGreaterThan(0.9 * (2 / 10_001));
    expect(ss / 10_000).toBeLessThan(1.1 * (2 / 10_001));
  });
});

describe('shownTerms(n)', () => {
  it('writes every term up to 3, then 1, 2 … n', () => {
    expect(shownTerms(1)).toEqual({ indices: [0], gap: false });
    expect(shownTerms(3)).toEqual({ indices: [0, 1, 2], gap: false });
    expect(shownTerms(4)).toEqual({ indices: [0, 1, 3], gap: true });
    expect(shownTerms(1000)).toEqual({ indices: [0, 1, 999], gap: true });
  });
});

describe('formatDuration(ms)', () => {
  it('keeps two significant digits', () => {
    expect(formatDuration(0.02)).toBe('0.02 ms');
    expect(formatDuration(0.0021234)).toBe('0.0021 ms');
    expect(formatDuration(0.354)).toBe('0.35 ms');
    expect(formatDuration(12.34)).toBe('12 ms');
    expect(formatDuration(NaN)).toBe('—');
    expect(formatDuration(0)).toBe('less than 0.001 ms');
  });
});

describe('timeDot', () => {
  it('divides the elapsed time by the repetitions', () => {
    let t = 0;
    const now = () => (t += 0.25);
    const w = new Float64Array([1, 2]);
    const r = timeDot(w, w, now, 2, 1000);
    expect(r.reps).toBeGreaterThan(1);
    expect(r.sink).toBe(5 * r.reps);
    expect(r.ms).toBeGreaterThan(0);
  });
});

describe('thousandTex and thousandCode', () => {
  it('shows the first two and the last term with dots for n = 1000', () => {
    const v = thousandValues(1000, 'xavier', 0, 42);
    const tex = thousandTex(v, 0);
    expect(tex).toContain('\\dots');
    expect(tex).toContain('\\sum_{i=1}^{1000}');
    expect(texToPlainText(tex)).toContain('w_1000x_1000');
  });
  it('writes all terms for n = 2 without dots', () => {
    const v = thousandValues(2, 'unit', 0.1, 42);
    const tex = thousandTex(v, 0.1);
    expect(tex).not.toContain('\\dots');
    expect(texToPlainText(tex)).toContain('w_1x_1 + w_2x_2 + b');
  });
  it('code names n, the seed and the scale', () => {
    const s = { n: 1000, scale: 'he', b: 0, seed: 42 } as const;
    const code = thousandCode(s, thousandValues(s.n, s.scale, s.b, s.seed));
    expect(code.numpy).toContain('np.random.default_rng(42)');
    expect(code.numpy).toContain('np.sqrt(2 / n)');
    expect(code.pytorch).toContain('torch.dot(w, x) + b');
  });
});
