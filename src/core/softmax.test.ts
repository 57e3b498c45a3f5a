import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argmax, crossEntropyGradientInto, crossEntropyWithLogits, logSumExp, softmax } from './softmax';
import { relativeError, seedPropertyTests } from './testUtils';

seedPropertyTests();
const logits = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 12 });

describe('softmax(z)', () => {
  it('hand-computed cases: (0, 0) → ½ each; (ln 1, ln 2, ln 3) → (1/6, 2/6, 3/6); (0, ln 3) → (¼, ¾)', () => {
    expect(Array.from(softmax([0, 0]))).toEqual([0.5, 0.5]);
    const p = softmax([0, Math.log(2), Math.log(3)]);
    [1 / 6, 2 / 6, 3 / 6].forEach((v, k) => expect(p[k]).toBeCloseTo(v, 15));
    const q = softmax([0, Math.log(3)]);
    expect(q[0]).toBeCloseTo(0.25, 15);
    expect(q[1]).toBeCloseTo(0.75, 15);
  });
  it('(1, 2, 3) by hand: e/(e + e² + e³) = 0.09003, 0.24473, 0.66524', () => {
    const p = softmax([1, 2, 3]);
    [0.0900306, 0.2447285, 0.6652410].forEach((v, k) => expect(p[k]).toBeCloseTo(v, 6));
  });
  it('is stable: logits of ±1000 give finite probabilities (a naive e^1000 overflows)', () => {
    const p = softmax([1000, 1000, -1000]);
    expect([p[0], p[1], p[2]]).toEqual([0.5, 0.5, 0]);
  });
  it('property: probabilities lie in [0, 1] and sum to 1', () => {
    fc.assert(fc.property(logits, (z) => {
      const p = softmax(z);
      const sum = p.reduce((s, v) => s + v, 0);
      return Math.abs(sum - 1) < 1e-12 && p.every((v) => v >= 0 && v <= 1);
    }));
  });
  it('property: adding a constant to every logit changes nothing', () => {
    fc.assert(fc.property(logits, fc.double({ min: -100, max: 100, noNaN: true }), (z, c) => {
      const p = softmax(z), q = softmax(z.map((v) => v + c));
      return p.every((v, k) => Math.abs(v - q[k]) < 1e-9);
    }));
  });
  it('property: the largest logit has the largest probability (argmax agrees)', () => {
    fc.assert(fc.property(logits, (z) => { const p = softmax(z); return p[argmax(z)] === Math.max(...p); }));
  });
});

describe('cross-entropy with logits', () => {
  it('by hand: z = (0, 0), label 0 → ln 2; z = (0, ln 3), label 1 → −ln ¾', () => {
    expect(crossEntropyWithLogits([0, 0], [1, 0])).toBeCloseTo(Math.LN2, 15);
    expect(crossEntropyWithLogits([0, Math.log(3)], [0, 1])).toBeCloseTo(-Math.log(0.75), 15);
    expect(logSumExp([0, Math.log(3)])).toBeCloseTo(Math.log(4), 15);
  });
  it('stays finite when the right class has probability e^−2000 (ln 0 is never taken)', () => {
    expect(crossEntropyWithLogits([1000, -1000], [0, 1])).toBeCloseTo(2000, 9);
  });
  it('gradient softmax(z) − y matches central finite differences', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 2, maxLength: 10 }), fc.nat(), (z, pick) => {
      const y = z.map((_, k) => (k === pick % z.length ? 1 : 0));
      const g = crossEntropyGradientInto(z, y, new Float64Array(z.length));
      const h = 1e-6;
      return z.every((_, k) => {
        const up = z.slice(), down = z.slice();
        up[k] += h; down[k] -= h;
        const fd = (crossEntropyWithLogits(up, y) - crossEntropyWithLogits(down, y)) / (2 * h);
        return relativeError(fd, g[k], 1e-6) < 1e-5;
      });
    }));
  });
  it('argmax takes the first of equal maxima', () => {
    expect(argmax([1, 3, 3, 2])).toBe(1);
    expect(argmax([])).toBe(-1);
  });
});
