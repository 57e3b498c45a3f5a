import { describe, expect, it } from 'vitest';
import { blankPixels, cellText, lineCells, normalise, paintCell, pixelStats, sampleDigit } from './pixelsMath';
import { normTex } from './pixelsTex';
import { pixelsCode } from './pixelsCode';

describe('pixelsMath', () => {
  it('normalises 0, 127.5-ish and 255 by hand', () => {
    expect(normalise(255, 'unit')).toBe(1);
    expect(normalise(51, 'unit')).toBeCloseTo(0.2, 12);
    expect(normalise(0, 'signed')).toBe(-1);
    expect(normalise(255, 'signed')).toBe(1);
    expect(normalise(200, 'raw')).toBe(200);
  });
  it('counts and averages a painted cell', () => {
    const p = paintCell(blankPixels(), 10, 10);
    expect(pixelStats(p, 'raw')).toEqual({ nonZero: 5, min: 0, max: 255, mean: (255 + 512) / 784 });
  });
  it('draws lines including both ends', () => {
    expect(lineCells(0, 0, 0, 3)).toEqual([[0, 0], [0, 1], [0, 2], [0, 3]]);
    expect(lineCells(2, 2, 2, 2)).toEqual([[2, 2]]);
  });
  it('makes a deterministic 7 with a full top bar', () => {
    const a = sampleDigit();
    expect(a).toEqual(sampleDigit());
    for (let c = 7; c <= 20; c++) expect(a[6 * 28 + c]).toBe(255);
  });
  it('formats cells and TeX', () => {
    expect(cellText(0, 'signed')).toBe('\u22121.00');
    expect(cellText(128, 'unit')).toBe('0.50');
    expect(normTex(51, 'unit')).toContain('\\frac{\\htmlClass{nn-term-x}{51}}{255} = \\htmlClass{nn-term-a}{0.2}');
    expect(pixelsCode('signed', 3).numpy).toContain('/ 127.5 - 1.0');
  });
});
