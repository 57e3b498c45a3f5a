import { describe, expect, it } from 'vitest';
import { blankPixels, cellText, lineCells, normalise, paintCell, pixelStats, sampleDigit } from './pixelsMath';
import { decodeDrawing, encodeDrawing, isDrawingText } from './drawingText';

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
  it('formats cells', () => {
    expect(cellText(0, 'signed')).toBe('\u22121.00');
    expect(cellText(128, 'unit')).toBe('0.50');
  });
  it('writes a drawing as 262 characters and reads it back, refusing broken ones', () => {
    const seven = sampleDigit();
    const text = encodeDrawing(seven);
    expect(text).toHaveLength(262);
    expect(isDrawingText(text)).toBe(true);
    expect(decodeDrawing(text)).toEqual(seven);
    const corner = paintCell(blankPixels(), 27, 27);
    expect(decodeDrawing(encodeDrawing(corner))).toEqual(corner);
    for (const bad of [text.slice(1), `${text.slice(0, -1)}3`, `${text.slice(0, -2)}z0`, '', 42]) expect(isDrawingText(bad)).toBe(false);
  });
});
