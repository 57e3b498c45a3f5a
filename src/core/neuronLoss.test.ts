import { describe, expect, it } from 'vitest';
import { lossMinimizer, sigmoidNeuronLoss } from './neuronLoss';
import { exampleNeuron } from './example';
import type { LossName } from './losses';

const sig = (z: number) => 1 / (1 + Math.exp(-z));
const { x, b } = exampleNeuron;
const lossAt = (w1: number, w2: number, y: number, loss: LossName) => sigmoidNeuronLoss([w1, w2], x, b, y, loss);

describe('sigmoidNeuronLoss(w, x, b, y, loss)', () => {
  it('gives the squared error ½(a − y)² of the chapter-7 neuron: 0.0713', () => {
    const { z, a, L } = lossAt(0.5, -0.2, 1, 'mse');
    expect(z).toBeCloseTo(0.5, 12);
    expect(a).toBeCloseTo(sig(0.5), 12);
    expect(L).toBeCloseTo(0.5 * (sig(0.5) - 1) ** 2, 12);
    expect(L).toBeCloseTo(0.0713, 4);
  });

  it('gives cross-entropy −ln a for y = 1 and −ln(1 − a) for y = 0', () => {
    expect(lossAt(0.5, -0.2, 1, 'bce').L).toBeCloseTo(-Math.log(sig(0.5)), 12);
    expect(lossAt(0.5, -0.2, 0, 'bce').L).toBeCloseTo(-Math.log(1 - sig(0.5)), 12);
  });

  it('stays finite where a rounds to 1', () => {
    const { L } = lossAt(-3, -3, 1, 'bce'); // z = −14.9
    expect(L).toBeCloseTo(14.9, 5);
  });

  it('has the slope of a central difference, for both losses and both weights', () => {
    const h = 1e-5;
    for (const loss of ['mse', 'bce'] as const) {
      const { dLdw } = lossAt(0.5, -0.2, 0.3, loss);
      expect(dLdw[0]).toBeCloseTo((lossAt(0.5 + h, -0.2, 0.3, loss).L - lossAt(0.5 - h, -0.2, 0.3, loss).L) / (2 * h), 7);
      expect(dLdw[1]).toBeCloseTo((lossAt(0.5, -0.2 + h, 0.3, loss).L - lossAt(0.5, -0.2 - h, 0.3, loss).L) / (2 * h), 7);
    }
    expect(lossAt(0.5, -0.2, 1, 'mse').dLdw[0]).toBeCloseTo(-0.177, 3);
  });
});

describe('lossMinimizer(w, x, b, y, i, lo, hi)', () => {
  it('puts the valley where σ(z) = y: for y = 0.3, w1 = (ln(3/7) + 0.5) / 2 ≈ −0.174', () => {
    const w1 = lossMinimizer([0.5, -0.2], x, b, 0.3, 0, -3, 3);
    expect(w1).toBeCloseTo((Math.log(0.3 / 0.7) + 0.5) / 2, 12);
    expect(w1).toBeCloseTo(-0.1736, 4);
    expect(sig(2 * w1 - 0.5)).toBeCloseTo(0.3, 12);
  });

  it('is lower than every point of a fine grid, for both losses', () => {
    for (const loss of ['mse', 'bce'] as const) {
      for (const y of [0.05, 0.3, 0.8]) {
        const best = lossMinimizer([0.5, -0.2], x, b, y, 1, -3, 3);
        const L = lossAt(0.5, best, y, loss).L;
        for (let k = 0; k <= 600; k++) expect(lossAt(0.5, -3 + k / 100, y, loss).L).toBeGreaterThanOrEqual(L - 1e-15);
      }
    }
  });

  it('is the end nearer the valley at infinity when y = 0 or 1, and clamps a valley outside the range', () => {
    expect(lossMinimizer([0.5, -0.2], x, b, 1, 0, -3, 3)).toBe(3);
    expect(lossMinimizer([0.5, -0.2], x, b, 0, 0, -3, 3)).toBe(-3);
    expect(lossMinimizer([0.5, -0.2], [-2, 3], b, 1, 0, -3, 3)).toBe(-3);
    // σ(z) = 0.99 needs z = 4.6; with w2 = −3 that is w1 = 6.75, beyond 3.
    expect(lossMinimizer([0.5, -3], x, b, 0.99, 0, -3, 3)).toBe(3);
  });

  it('keeps the weight where its input is 0 (the loss does not depend on it)', () => {
    expect(lossMinimizer([0.5, -0.2], [0, 3], b, 0.3, 0, -3, 3)).toBe(0.5);
  });
});
