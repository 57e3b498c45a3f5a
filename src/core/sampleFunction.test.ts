import { describe, expect, it } from 'vitest';
import { sampleFunction } from './sampleFunction';

describe('sampleFunction(f, lo, hi, n)', () => {
  it('samples both ends and evenly between', () => {
    const { xs, ys } = sampleFunction((w) => 2 * w, -3, 3, 7);
    expect(Array.from(xs)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(Array.from(ys)).toEqual([-6, -4, -2, 0, 2, 4, 6]);
  });
  it('ends exactly on hi, whatever the rounding of the steps', () => {
    expect(sampleFunction((w) => w, -3, 0.7, 121).xs[120]).toBe(0.7);
  });
});
