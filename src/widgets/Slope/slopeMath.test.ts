import { describe, expect, it } from 'vitest';
import { centralDifference, lineThrough, sampleCurve, slopeFunctions } from './slopeMath';
import { exactTex, finiteDifferenceTex } from './slopeTex';
import { slopeCode } from './slopeCode';

describe('centralDifference(f, w, h)', () => {
  it('is exact for a parabola, and off by exactly h²/3 for w³/3 − w', () => {
    expect(centralDifference((w) => w * w, 1.5, 0.5)).toBeCloseTo(3, 12);
    const { f, df } = slopeFunctions.cubic;
    for (const h of [1, 0.1, 0.01]) expect(centralDifference(f, 0.7, h) - df(0.7)).toBeCloseTo((h * h) / 3, 9);
  });
  it('approaches −0.177 for the loss as h shrinks', () => {
    const { f, df } = slopeFunctions.loss;
    expect(df(0.5)).toBeCloseTo(-0.177, 3);
    const errors = [0.05, 0.005, 0.0005].map((h) => Math.abs(centralDifference(f, 0.5, h) - df(0.5)));
    expect(errors[1]).toBeLessThan(errors[0] / 50);
    expect(errors[2]).toBeLessThan(errors[1] / 50);
  });
});

describe('lines and samples', () => {
  it('draws a line through a point with a slope', () => {
    expect(lineThrough(1, 2, 3, -1, 2)).toEqual({ xs: [-1, 2], ys: [-4, 5] });
  });
  it('samples the curve at the ends', () => {
    const { xs, ys } = sampleCurve((w) => 2 * w, -3, 3, 3);
    expect(Array.from(xs)).toEqual([-3, 0, 3]);
    expect(Array.from(ys)).toEqual([-6, 0, 6]);
  });
});

describe('slope TeX and code', () => {
  const v = { fn: 'cubic' as const, w: 2, h: 0.5, fPlus: 2.5 ** 3 / 3 - 2.5, fMinus: 1.5 ** 3 / 3 - 1.5, fd: 3 + 0.25 / 3, exact: 3 };
  it('substitutes the values', () => {
    expect(finiteDifferenceTex(v)).toContain('2 \\cdot 0.5');
    expect(finiteDifferenceTex(v)).toContain('3.0833');
    expect(exactTex(v)).toContain('= 3');
  });
  it('writes code for the current point', () => {
    expect(slopeCode({ w: 2, h: 0.5, fn: 'cubic' }, v.fd, 3).numpy).toContain('w, h = 2, 0.5');
    expect(slopeCode({ w: 2, h: 0.5, fn: 'loss' }, v.fd, 3).pytorch).toContain('torch.sigmoid');
  });
});
