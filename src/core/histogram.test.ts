import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { histogram } from './histogram';
import { seedPropertyTests } from './testUtils';

seedPropertyTests();

describe('histogram(values, bins, domain?)', () => {
  it('histogram([0, 1, 2, 3, 4], 4) keeps the maximum: counts [1, 1, 1, 2] on edges 0…4', () => {
    const h = histogram([0, 1, 2, 3, 4], 4);
    expect(Array.from(h.counts)).toEqual([1, 1, 1, 2]);
    expect(Array.from(h.x0)).toEqual([0, 1, 2, 3]);
    expect(Array.from(h.x1)).toEqual([1, 2, 3, 4]);
    expect(h.total).toBe(5);
  });
  it('with a domain, values outside are counted in below/above, NaN and ±Infinity ignored', () => {
    const h = histogram([-1, 0, 1, 2, 3, NaN, Infinity, -Infinity], 2, [0, 2]);
    expect(Array.from(h.counts)).toEqual([1, 2]);
    expect(h.below).toBe(1);
    expect(h.above).toBe(1);
    expect(h.total).toBe(5);
  });
  it('equal values: domain widened to [v − ½, v + ½]', () => {
    const h = histogram([3, 3, 3], 1);
    expect(Array.from(h.counts)).toEqual([3]);
    expect([h.x0[0], h.x1[0]]).toEqual([2.5, 3.5]);
  });
  it('extreme ranges: a subnormal span [0, 5e-324] and an overflowing one [−1e308, 1e308]', () => {
    expect(Array.from(histogram([0, 5e-324], 1).counts)).toEqual([2]);
    expect(Array.from(histogram([0, 5e-324], 3).counts)).toEqual([1, 0, 1]);
    const h = histogram([-1e308, 0, 1e308], 2);
    expect(Array.from(h.counts)).toEqual([1, 2]);
    expect([h.x0[0], h.x0[1], h.x1[1]]).toEqual([-1e308, 0, 1e308]);
  });
  it('empty or all non-finite input: zero counts, total 0', () => {
    expect(histogram([], 3).total).toBe(0);
    const h = histogram([NaN, Infinity], 3);
    expect(Array.from(h.counts)).toEqual([0, 0, 0]);
    expect(h.total).toBe(0);
  });
  it('rejects an empty or non-finite domain with a RangeError naming it', () => {
    expect(() => histogram([1], 3, [1, 1])).toThrow(/domain/);
    expect(() => histogram([1], 3, [0, Infinity])).toThrow(RangeError);
    expect(() => histogram([1], 3, [2, 1])).toThrow(RangeError);
  });
  it('counts sum to the number of finite values; the maximum is counted in the last bin (unless all are equal)', () => {
    const value = fc.oneof(
      { weight: 10, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
    );
    fc.assert(fc.property(fc.array(value, { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (values, bins) => {
      const finite = values.filter(Number.isFinite);
      const h = histogram(values, bins);
      expect(h.counts.reduce((s, c) => s + c, 0)).toBe(finite.length);
      expect(h.total).toBe(finite.length);
      if (finite.length > 0 && Math.max(...finite) > Math.min(...finite)) {
        const max = Math.max(...finite);
        expect(h.counts[bins - 1]).toBeGreaterThanOrEqual(finite.filter((v) => v === max).length);
        expect(h.x1[bins - 1]).toBeGreaterThanOrEqual(max);
        expect(h.x0[0]).toBeLessThanOrEqual(Math.min(...finite));
      }
    }), { numRuns: 300 });
  });
  it('puts every value in the bin whose [x0, x1) contains it, even exactly on an edge', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2 }), fc.integer({ min: 1, max: 30 }), (values, bins) => {
      const h = histogram(values, bins);
      fc.pre(h.x1[bins - 1] - h.x0[0] > 1e-300); // a subnormal span has no representable inner edges
      const edgeValues = [...values, ...h.x0.subarray(1)];
      const withEdges = histogram(edgeValues, bins, [h.x0[0], h.x1[bins - 1]]);
      const expected = new Array(bins).fill(0);
      for (const v of edgeValues) {
        const k = h.x0.findIndex((x, i) => x <= v && (v < h.x1[i] || (i === bins - 1 && v <= h.x1[i])));
        expected[k]++;
      }
      expect(Array.from(withEdges.counts)).toEqual(expected);
    }), { numRuns: 300 });
  });
  it('puts each value in the bin whose [x0, x1) contains it (values away from edges)', () => {
    // Values k + f with f ∈ [0.01, 0.99] on domain [0, 10] with 10 bins belong to bin k.
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }))), (pairs) => {
      const h = histogram(pairs.map(([k, f]) => k + f), 10, [0, 10]);
      const expected = new Array(10).fill(0);
      for (const [k] of pairs) expected[k]++;
      expect(Array.from(h.counts)).toEqual(expected);
    }));
  });
});
