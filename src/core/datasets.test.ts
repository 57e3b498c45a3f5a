import { describe, expect, it } from 'vitest';
import { makeDataset } from './datasets';
import type { DatasetName } from './datasets';

const names: DatasetName[] = ['xor', 'circles', 'moons', 'spiral'];

describe('makeDataset(name, n, noise, seed)', () => {
  for (const name of names) {
    it(`${name}: n × 2 points in [−1, 1]² without noise, labels alternating 0/1, seeded`, () => {
      const { X, y } = makeDataset(name, 101, 0, 3);
      expect([X.rows, X.cols, y.length]).toEqual([101, 2, 101]);
      expect(X.data.every((v) => v >= -1 && v <= 1)).toBe(true);
      expect(Array.from(y.subarray(0, 4))).toEqual([0, 1, 0, 1]);
      expect(y.reduce((s, v) => s + v, 0)).toBe(50);
      expect(makeDataset(name, 101, 0, 3)).toEqual({ X, y });
      expect(makeDataset(name, 101, 0, 4).X.data).not.toEqual(X.data);
    });
  }
  it('xor: class 1 exactly where the signs differ, at least 0.1 from the axes', () => {
    const { X, y } = makeDataset('xor', 200, 0, 1);
    for (let i = 0; i < 200; i++) {
      const [a, b] = [X.data[2 * i], X.data[2 * i + 1]];
      expect(a * b < 0 ? 1 : 0).toBe(y[i]);
      expect(Math.min(Math.abs(a), Math.abs(b))).toBeGreaterThanOrEqual(0.1);
    }
  });
  it('circles: class 0 within radius 0.5, class 1 in the ring 0.7…1', () => {
    const { X, y } = makeDataset('circles', 200, 0, 1);
    for (let i = 0; i < 200; i++) {
      const r = Math.hypot(X.data[2 * i], X.data[2 * i + 1]);
      if (y[i] === 0) expect(r).toBeLessThanOrEqual(0.5);
      else expect(r >= 0.7 - 1e-12 && r <= 1 + 1e-12).toBe(true);
    }
  });
  it('moons: class 0 on the circle of radius 1/1.5 about (−⅓, −⅙), class 1 about (⅓, ⅙)', () => {
    const { X, y } = makeDataset('moons', 100, 0, 1);
    for (let i = 0; i < 100; i++) {
      const [cx, cy] = y[i] === 0 ? [-1 / 3, -1 / 6] : [1 / 3, 1 / 6];
      expect(Math.hypot(X.data[2 * i] - cx, X.data[2 * i + 1] - cy)).toBeCloseTo(1 / 1.5, 12);
    }
  });
  it('noise adds N(0, noise²) to the same clean points (same seed)', () => {
    const clean = makeDataset('spiral', 2000, 0, 5).X.data;
    const noisy = makeDataset('spiral', 2000, 0.1, 5).X.data;
    const d = noisy.map((v, i) => v - clean[i]);
    const m = d.reduce((s, v) => s + v, 0) / d.length;
    const v = d.reduce((s, x) => s + (x - m) ** 2, 0) / d.length;
    expect(Math.abs(m)).toBeLessThan((5 * 0.1) / Math.sqrt(4000));
    expect(Math.abs(v - 0.01)).toBeLessThan(5 * 0.01 * Math.sqrt(2 / 3999));
  });
  it('rejects a bad n, a negative or non-finite noise, an unknown name', () => {
    expect(() => makeDataset('xor', 0, 0, 1)).toThrow(/^n must be a positive integer/);
    expect(() => makeDataset('xor', 10, -0.1, 1)).toThrow(/noise/);
    expect(() => makeDataset('xor', 10, NaN, 1)).toThrow(/noise/);
    expect(() => makeDataset('rings' as DatasetName, 10, 0, 1)).toThrow(/name/);
  });
});
