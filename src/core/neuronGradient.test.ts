import { describe, expect, it } from 'vitest';
import { neuronGradient, neuronStep } from './neuronGradient';

// The chapter's worked example: x = (2, 3), w = (0.5, −0.2), b = 0.1, sigmoid, y = 1, η = 0.5.
const x = [2, 3], w = [0.5, -0.2], b = 0.1, y = 1, eta = 0.5;

describe('neuronGradient(w, x, b, y, activation): backpropagation by hand', () => {
  const g = neuronGradient(w, x, b, y, 'sigmoid');
  const a = 1 / (1 + Math.exp(-0.5)); // 0.62245933…
  it('z = 0.5, a ≈ 0.6225, L = ½(a − 1)² ≈ 0.0713', () => {
    expect(g.z).toBeCloseTo(0.5, 14);
    expect(g.a).toBeCloseTo(a, 14);
    expect(g.loss).toBeCloseTo(0.0713, 4);
  });
  it('∂L/∂a ≈ −0.378, ∂a/∂z = a(1 − a) ≈ 0.235, ∂L/∂z = product', () => {
    expect(g.dLda).toBeCloseTo(-0.378, 3);
    expect(g.dLda).toBeCloseTo(a - 1, 14);
    expect(g.dadz).toBeCloseTo(0.235, 3);
    expect(g.dadz).toBeCloseTo(a * (1 - a), 14);
    expect(g.dLdz).toBeCloseTo((a - 1) * a * (1 - a), 14);
  });
  it('∂L/∂w₁ ≈ −0.177, ∂L/∂w₂ ≈ −0.266, ∂L/∂b ≈ −0.089', () => {
    expect(g.dLdw[0]).toBeCloseTo(-0.177, 3);
    expect(g.dLdw[1]).toBeCloseTo(-0.266, 3);
    expect(g.dLdb).toBeCloseTo(-0.089, 3);
  });
  it('keeps its digits where the sigmoid saturates: at z = 40, a is 1.0 but 1 − a = e⁻⁴⁰', () => {
    const sat = neuronGradient([10, 10], [2, 2], 0, 1, 'sigmoid');
    const eps = Math.exp(-40) / (1 + Math.exp(-40));
    expect(sat.a).toBe(1);
    expect(sat.dLda / -eps).toBeCloseTo(1, 12);
    expect(sat.dadz / eps).toBeCloseTo(1, 12);
    expect(sat.loss / (0.5 * eps * eps)).toBeCloseTo(1, 12);
    expect(sat.dLdw[0] / (-eps * eps * 2)).toBeCloseTo(1, 12);
    // and for a target below ½ the plain a − y is already exact: a = σ(−40) is tiny, not a difference.
    expect(neuronGradient([-10, -10], [2, 2], 0, 0, 'sigmoid').dLda / eps).toBeCloseTo(1, 12);
  });
  it('throws a RangeError on a length mismatch', () => {
    expect(() => neuronGradient([1], [1, 2], 0, 1, 'tanh')).toThrow(RangeError);
  });
});

describe('neuronStep(w, x, b, y, activation, eta)', () => {
  const next = neuronStep(w, x, b, y, 'sigmoid', eta);
  it('w₁ ≈ 0.589, w₂ ≈ −0.067, b ≈ 0.144', () => {
    expect(next.w[0]).toBeCloseTo(0.589, 3);
    expect(next.w[1]).toBeCloseTo(-0.067, 3);
    expect(next.b).toBeCloseTo(0.144, 3);
  });
  it('then z ≈ 1.121, a ≈ 0.754, and the loss falls from 0.0713 to 0.0302', () => {
    const after = neuronGradient(next.w, x, next.b, y, 'sigmoid');
    expect(after.z).toBeCloseTo(1.121, 3);
    expect(after.a).toBeCloseTo(0.754, 3);
    expect(after.loss).toBeCloseTo(0.0302, 4);
  });
  it('leaves its inputs unchanged', () => {
    expect(w).toEqual([0.5, -0.2]);
  });
});
