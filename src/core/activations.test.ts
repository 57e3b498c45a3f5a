import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activations, neuron, relu, reluDerivative, sigmoid, sigmoidDerivative, tanh, tanhDerivative,
} from './activations';
import type { ActivationName } from './activations';
import { seedPropertyTests } from './testUtils';

seedPropertyTests();

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const moderate = fc.double({ min: -20, max: 20, noNaN: true });

describe('neuron(w, x, b, activation)', () => {
  it('the essay example: x = (2, 3), w = (0.5, −0.2), b = 0.1 → z = 0.5, a = σ(0.5) ≈ 0.6225', () => {
    const { z, a } = neuron([0.5, -0.2], [2, 3], 0.1, 'sigmoid');
    expect(z).toBeCloseTo(0.5, 14);
    expect(a).toBeCloseTo(0.62245933, 8);
    expect(a).toBeCloseTo(0.6225, 4);
  });
  it('applies the named activation to z', () => {
    expect(neuron([1, -1], [1, 3], 0, 'relu')).toEqual({ z: -2, a: 0 });
    expect(neuron([1, -1], [1, 3], 0, 'linear')).toEqual({ z: -2, a: -2 });
    expect(neuron([1], [1], 0, 'tanh').a).toBeCloseTo((Math.E - 1 / Math.E) / (Math.E + 1 / Math.E), 15);
  });
  it('throws a RangeError naming w and x on a length mismatch', () => {
    expect(() => neuron([1, 2], [1], 0, 'relu')).toThrow(RangeError);
    expect(() => neuron([1, 2], [1], 0, 'relu')).toThrow(/w has length 2 but x has length 1/);
  });
});

describe('sigmoid(z)', () => {
  it('σ(0) = ½, σ(2) = 1/(1 + e^{−2})', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(2)).toBeCloseTo(0.8807970779778823, 15);
    expect(sigmoid(-2)).toBeCloseTo(0.11920292202211755, 15);
  });
  it('is finite at ±1000 and ±1e308 (no overflow to NaN)', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1e308)).toBe(1);
    expect(sigmoid(-1e308)).toBe(0);
    expect(sigmoid(-40)).toBeGreaterThan(0); // e^{−40} ≈ 4.2e-18 keeps its relative precision
    expect(sigmoid(-40)).toBeCloseTo(4.248354255291589e-18, 30);
  });
  it('maps every finite z into [0, 1] and is non-decreasing', () => {
    fc.assert(fc.property(finite, finite, (p, q) => {
      const [lo, hi] = p <= q ? [p, q] : [q, p];
      expect(sigmoid(lo)).toBeGreaterThanOrEqual(0);
      expect(sigmoid(hi)).toBeLessThanOrEqual(1);
      expect(sigmoid(lo)).toBeLessThanOrEqual(sigmoid(hi));
    }), { numRuns: 2000 });
  });
});

describe('tanh(z) and relu(z)', () => {
  it('tanh is odd and finite at ±1e308', () => {
    fc.assert(fc.property(finite, (z) => { expect(tanh(-z)).toBe(-tanh(z)); }));
    expect(tanh(1e308)).toBe(1);
    expect(tanh(-1e308)).toBe(-1);
    expect(tanh(-1000)).toBe(-1);
  });
  it('relu is idempotent and non-negative: relu(relu(z)) = relu(z) ≥ 0', () => {
    fc.assert(fc.property(finite, (z) => {
      expect(relu(relu(z))).toBe(relu(z));
      expect(relu(z)).toBeGreaterThanOrEqual(0);
    }));
    expect(relu(-3)).toBe(0);
    expect(relu(2.5)).toBe(2.5);
  });
  it("relu'(0) = 0, relu'(z) = [z > 0]", () => {
    expect(reluDerivative(0)).toBe(0);
    expect(reluDerivative(-0)).toBe(0);
    expect(reluDerivative(1e-300)).toBe(1);
    expect(reluDerivative(-1e-300)).toBe(0);
  });
});

describe('derivatives match central differences (f(z+h) − f(z−h))/2h', () => {
  const h = 1e-5;
  const cases: [string, (z: number) => number, (z: number) => number][] = [
    ['sigmoid', sigmoid, sigmoidDerivative],
    ['tanh', tanh, tanhDerivative],
    ['relu (away from the kink)', relu, reluDerivative],
  ];
  for (const [name, f, df] of cases) {
    it(name, () => {
      fc.assert(fc.property(moderate, (z) => {
        fc.pre(Math.abs(z) > 2 * h);
        expect(Math.abs((f(z + h) - f(z - h)) / (2 * h) - df(z))).toBeLessThan(1e-8);
      }), { numRuns: 500 });
    });
  }
  it('the activations record carries the same f and df (and linear: f(z) = z, f′ = 1)', () => {
    const names: ActivationName[] = ['sigmoid', 'tanh', 'relu', 'linear'];
    for (const name of names) {
      const { f, df, label } = activations[name];
      expect(label.length).toBeGreaterThan(0);
      for (const z of [-1.5, 0.3, 2]) expect(Math.abs((f(z + h) - f(z - h)) / (2 * h) - df(z))).toBeLessThan(1e-8);
    }
    expect(activations.linear.f(-7)).toBe(-7);
    expect(activations.sigmoid.f(0)).toBe(0.5);
  });
  it('derivatives are finite at ±1e308', () => {
    for (const df of [sigmoidDerivative, tanhDerivative, reluDerivative]) {
      expect(Number.isFinite(df(1e308))).toBe(true);
      expect(Number.isFinite(df(-1e308))).toBe(true);
    }
  });
});
