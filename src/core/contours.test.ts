import { describe, expect, it } from 'vitest';
import { contourSegments } from './contours';
import { bowlLoss, lossGrid } from './lossSurface';

describe('contourSegments(values, cols, rows, lo, hi, level)', () => {
  it('puts the level line L = 0.5 of the bowl on the ellipse w1² + 5·w2² = 1', () => {
    const segs = contourSegments(lossGrid(41, 41, -2, 2), 41, 41, -2, 2, 0.5);
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
