import { describe, expect, it } from 'vitest';
import { CRITICAL_ETA, bowlLoss, contourSegments, descend, lossGrid } from './descentMath';
import { bowlTex, conditionTex, updateTex } from './descentTex';
import { descentCode } from './descentCode';

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

describe('lossGrid and contourSegments', () => {
  it('samples L row by row from the bottom', () => {
    const g = lossGrid(3, 3, -1, 1);
    expect(Array.from(g)).toEqual([3, 2.5, 3, 0.5, 0, 0.5, 3, 2.5, 3].map((v) => v));
    expect(g[0]).toBe(bowlLoss(-1, -1));
  });

  it('puts the level line L = 0.5 on the ellipse w1² + 5·w2² = 1', () => {
    const g = lossGrid(41, 41, -2, 2);
    const segs = contourSegments(g, 41, 41, -2, 2, 0.5);
    expect(segs.length).toBeGreaterThan(20);
    for (const [x1, y1, x2, y2] of segs) {
      expect(bowlLoss(x1, y1)).toBeCloseTo(0.5, 1);
      expect(bowlLoss(x2, y2)).toBeCloseTo(0.5, 1);
    }
    // it crosses the w1 axis at ±1 exactly (grid points lie on w2 = 0)
    const onAxis = segs.flatMap(([x1, y1, x2, y2]) => [[x1, y1], [x2, y2]]).filter(([, y]) => y === 0);
    expect(onAxis.map(([x]) => Math.abs(x))).toEqual(onAxis.map(() => 1));
  });

  it('draws nothing for a level outside the grid', () => {
    expect(contourSegments(lossGrid(5, 5, -1, 1), 5, 5, -1, 1, 100)).toEqual([]);
  });
});

describe('descent TeX and code', () => {
  it('substitutes the next step', () => {
    expect(updateTex(-2.5, 1.5, 0.1)).toContain('-2.25');
    expect(updateTex(-2.5, 1.5, 0.1)).toContain('0.75');
    expect(bowlTex(-2.5, 1.5, 8.75)).toContain('8.75');
    expect(conditionTex(0.1)).toContain('\\text{converges}');
    expect(conditionTex(0.5)).toContain('\\text{diverges}');
  });
  it('writes the run as code', () => {
    const c = descentCode({ eta: 0.1, w1s: -2.5, w2s: 1.5 }, 3, -1.8225, 0.1875, false);
    expect(c.numpy).toContain('for step in range(3):');
    expect(c.pytorch).toContain('lr=0.1');
    expect(descentCode({ eta: 0.5, w1s: 1, w2s: 1 }, 9, 0, 0, true).numpy).toContain('diverged');
  });
});
