import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bceWithLogits, bceWithLogitsDerivative, squaredError, squaredErrorDerivative } from './losses';
import { seedPropertyTests } from './testUtils';

seedPropertyTests();

describe('squaredError(a, y) = ½(a − y)²', () => {
  it('the essay: a = 0.6225, y = 1 → 0.0713; derivative a − y', () => {
    expect(squaredError(0.62245933, 1)).toBeCloseTo(0.0713, 4);
    expect(squaredError(3, 1)).toBe(2);
    expect(squaredErrorDerivative(3, 1)).toBe(2);
  });
});

describe('bceWithLogits(z, y) = max(z, 0) − zy + ln(1 + e^{−|z|})', () => {
  it('equals −y ln σ(z) − (1 − y) ln(1 − σ(z)) for moderate z', () => {
    for (const z of [-5, -0.3, 0, 0.7, 4]) {
      const s = 1 / (1 + Math.exp(-z));
      for (const y of [0, 0.25, 1]) {
        expect(bceWithLogits(z, y)).toBeCloseTo(-y * Math.log(s) - (1 - y) * Math.log(1 - s), 12);
      }
    }
    expect(bceWithLogits(0, 1)).toBeCloseTo(Math.LN2, 15);
  });
  it('is finite for huge logits: bce(1000, 0) = 1000, bce(−1000, 1) = 1000, bce(1e308, 1) = 0', () => {
    expect(bceWithLogits(1000, 0)).toBe(1000);
    expect(bceWithLogits(-1000, 1)).toBe(1000);
    expect(bceWithLogits(1e308, 1)).toBe(0);
    expect(bceWithLogits(-1e308, 0)).toBe(0);
    expect(Number.isFinite(bceWithLogits(-1e308, 1))).toBe(true);
  });
  it('derivative σ(z) − y matches central differences', () => {
    fc.assert(fc.property(fc.double({ min: -30, max: 30, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (z, y) => {
      const h = 1e-5;
      const numeric = (bceWithLogits(z + h, y) - bceWithLogits(z - h, y)) / (2 * h);
      expect(Math.abs(numeric - bceWithLogitsDerivative(z, y))).toBeLessThan(1e-8);
    }), { numRuns: 300 });
  });
});
