import { describe, expect, it } from 'vitest';
import type { LossInputs } from './lossMath';
import { curveMinimum, lossCurve, lossDomain, lossSlope, neuronLoss } from './lossMath';
import { forwardTex, lossTex } from './lossCurveTex';
import { lossCurveCode } from './lossCurveCode';

const sig = (z: number) => 1 / (1 + Math.exp(-z));
const example = { w1: 0.5, w2: -0.2, y: 1, loss: 'mse' as const };

describe('neuronLoss(s)', () => {
  it('gives the squared error ½(a − y)² of the chapter-7 neuron: 0.0713', () => {
    const { z, a, L } = neuronLoss(example);
    expect(z).toBeCloseTo(0.5, 12);
    expect(a).toBeCloseTo(sig(0.5), 12);
    expect(L).toBeCloseTo(0.5 * (sig(0.5) - 1) ** 2, 12);
    expect(L).toBeCloseTo(0.0713, 4);
  });
  it('gives cross-entropy −ln a for y = 1 and −ln(1 − a) for y = 0', () => {
    expect(neuronLoss({ ...example, loss: 'bce' }).L).toBeCloseTo(-Math.log(sig(0.5)), 12);
    expect(neuronLoss({ ...example, y: 0, loss: 'bce' }).L).toBeCloseTo(-Math.log(1 - sig(0.5)), 12);
  });
  it('stays finite where a rounds to 1', () => {
    const L = neuronLoss({ w1: -3, w2: -3, y: 1, loss: 'bce' }).L; // z = −14.9
    expect(Number.isFinite(L)).toBe(true);
    expect(L).toBeCloseTo(14.9, 5);
  });
});

describe('lossSlope(s, which)', () => {
  const fd = (s: LossInputs, key: 'w1' | 'w2') => {
    const h = 1e-5;
    const up = neuronLoss({ ...s, [key]: s[key] + h }).L;
    const down = neuronLoss({ ...s, [key]: s[key] - h }).L;
    return (up - down) / (2 * h);
  };
  it('matches the finite difference for both losses and both weights', () => {
    for (const loss of ['mse', 'bce'] as const) {
      for (const key of ['w1', 'w2'] as const) {
        const s = { ...example, y: 0.3, loss };
        expect(lossSlope(s, key)).toBeCloseTo(fd(s, key), 7);
      }
    }
  });
  it('is −0.177 for w1 at the example', () => {
    expect(lossSlope(example, 'w1')).toBeCloseTo(-0.177, 3);
  });
});

describe('lossCurve and helpers', () => {
  it('sweeps −3…3 and holds the other weight', () => {
    const { ws, Ls } = lossCurve(example, 'w2', -3, 3, 7);
    expect(Array.from(ws)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(Ls[3]).toBeCloseTo(0.5 * (sig(0.5 * 2 + 0.1) - 1) ** 2, 12);
  });
  it('has a round y-domain and finds the minimum', () => {
    expect(lossDomain([0.1, 0.4])).toEqual([0, 0.5]);
    expect(lossDomain([0.2, 0.9])).toEqual([0, 1]);
    expect(lossDomain([1.2, 14.9, NaN])).toEqual([0, 15]);
    expect(curveMinimum([0, 1, 2], [3, 1, 2])).toEqual({ w: 1, L: 1 });
  });
  it('typesets the substituted loss and writes code', () => {
    const { z, a, L } = neuronLoss(example);
    expect(lossTex({ a, y: 1, L, loss: 'mse' })).toMatch(/0\.622.*1.*\\approx 0\.071/);
    expect(forwardTex(0.5, -0.2, z, a)).toContain('(-0.2)');
    expect(lossCurveCode(example, L).numpy).toContain('w = np.array([0.5, -0.2])');
    expect(lossCurveCode({ ...example, loss: 'bce' }, L).pytorch).toContain('binary_cross_entropy_with_logits');
  });
});
