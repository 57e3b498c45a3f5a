import { describe, expect, it } from 'vitest';
import { fromPosition, roundToStep, safeValue, stepDecimals, stepPosition, toPosition } from './sliderMath';

describe('sliderMath', () => {
  it('stepDecimals(step) counts decimals', () => {
    expect([0.1, 0.05, 1, 10, 1e-7, 0.25].map(stepDecimals)).toEqual([1, 2, 0, 0, 7, 2]);
  });
  it('roundToStep removes float noise and respects an offset origin', () => {
    expect(roundToStep(0.1 + 0.2, 0.1)).toBe(0.3);
    expect(roundToStep(0.05 + 0.1, 0.1, 0.05)).toBe(0.15);
    expect(Object.is(roundToStep(-0.00001, 0.1), -0)).toBe(false);
  });
  it('stepPosition snaps off-grid values in the direction of travel', () => {
    expect(roundToStep(stepPosition(0.55, 1, -1, 1, 0.1), 0.1)).toBe(0.6);
    expect(roundToStep(stepPosition(0.55, -1, -1, 1, 0.1), 0.1)).toBe(0.5);
    expect(roundToStep(stepPosition(0.5, 1, -1, 1, 0.1), 0.1)).toBe(0.6);
    expect(stepPosition(1, 1, -1, 1, 0.1)).toBe(1);
    expect(stepPosition(-1, -10, -1, 1, 0.1)).toBe(-1);
  });
  it('log2 positions map to integers', () => {
    expect(toPosition(1024, 'log2')).toBe(10);
    expect(fromPosition(3, 'log2', 1)).toBe(8);
    expect(stepPosition(toPosition(100, 'log2'), 1, 0, 10, 1)).toBe(7);
  });
  it('safeValue turns NaN and ±Infinity into min / clamps', () => {
    expect(safeValue(NaN, -1, 1)).toBe(-1);
    expect(safeValue(Infinity, -1, 1)).toBe(-1);
    expect(safeValue(5, -1, 1)).toBe(1);
  });
});
