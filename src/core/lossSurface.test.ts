import { describe, expect, it } from 'vitest';
import { CRITICAL_ETA, bowlLoss, descend, lossGrid } from './lossSurface';

describe('descend(w1, w2, eta, steps)', () => {
  it('multiplies w1 by (1 − η) and w2 by (1 − 5η) each step', () => {
    const p = descend(-2.5, 1.5, 0.1, 3);
    expect(p.steps).toBe(3);
    expect(p.w1[3]).toBeCloseTo(-2.5 * 0.9 ** 3, 12);
    expect(p.w2[3]).toBeCloseTo(1.5 * 0.5 ** 3, 12);
    expect(p.loss[3]).toBeCloseTo(0.5 * (p.w1[3] ** 2 + 5 * p.w2[3] ** 2), 12);
    expect(p.diverged).toBe(false);
  });

  it('has the critical rate 2/5 = 0.4: just below converges, just above diverges', () => {
    expect(CRITICAL_ETA).toBe(0.4);
    const below = descend(-2.5, 1.5, 0.39, 500);
    expect(below.diverged).toBe(false);
    expect(below.loss[below.steps]).toBeLessThan(1e-6);
    const above = descend(-2.5, 1.5, 0.41, 500);
    expect(above.diverged).toBe(true);
    expect(above.steps).toBeLessThan(500);
  });

  it('stops at the first step past the bound: η = 0.45 from (−2.5, 1.5)', () => {
    // w2 after k steps: 1.5·(−1.25)^k; the w2 part of L, 2.5·w2², passes 1000 first at k = 12.
    const p = descend(-2.5, 1.5, 0.45, 100);
    expect(p.diverged).toBe(true);
    expect(p.steps).toBe(12);
    expect(p.loss.every(Number.isFinite)).toBe(true);
  });

  it('never keeps a non-finite point, even at η = 1 over 500 steps', () => {
    const p = descend(3, 3, 1, 500);
    expect(p.diverged).toBe(true);
    expect([...p.w1, ...p.w2, ...p.loss].every(Number.isFinite)).toBe(true);
  });
});

describe('lossGrid(cols, rows, lo, hi)', () => {
  it('samples L row by row from the bottom', () => {
    const g = lossGrid(3, 3, -1, 1);
    expect(Array.from(g)).toEqual([3, 2.5, 3, 0.5, 0, 0.5, 3, 2.5, 3]);
    expect(g[0]).toBe(bowlLoss(-1, -1));
  });
});
