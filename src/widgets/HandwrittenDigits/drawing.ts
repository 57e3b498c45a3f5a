/**
 * The reader's drawing: 28 × 28 grey levels 0–255 (255 = ink), kept in the figure's state (and
 * so in its address) as 784 hexadecimal digits, one per cell, 16 levels (level · 17). The brush
 * paints a cell fully and its four neighbours half, about the width of an MNIST pen stroke.
 */
import { DIGIT_PIXELS, DIGIT_SIDE } from '../../core/digitData';

const S = DIGIT_SIDE;
const HEX = /^[0-9a-f]{784}$/;
const FULL = 255;
const EDGE = 136;

export const BLANK = '0'.repeat(DIGIT_PIXELS);

export const isDrawingText = (text: string): boolean => HEX.test(text);

/** Grey levels from the text; anything that is not a drawing reads as blank. */
export function decodeDrawing(text: string): Uint8Array {
  const out = new Uint8Array(DIGIT_PIXELS);
  if (!isDrawingText(text)) return out;
  for (let i = 0; i < DIGIT_PIXELS; i++) out[i] = parseInt(text[i], 16) * 17;
  return out;
}

/** Grey levels rounded to the 16 the text keeps. */
export function encodeDrawing(pixels: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < DIGIT_PIXELS; i++) s += Math.min(15, Math.max(0, Math.round(pixels[i] / 17))).toString(16);
  return s;
}

const inside = (r: number, c: number) => r >= 0 && r < S && c >= 0 && c < S;

/** Paints (or erases) the brush at (row, col) in place. */
export function brush(pixels: Uint8Array, row: number, col: number, erase = false): Uint8Array {
  const spots: [number, number, number][] = [[0, 0, FULL], [-1, 0, EDGE], [1, 0, EDGE], [0, -1, EDGE], [0, 1, EDGE]];
  for (const [dr, dc, v] of spots) {
    const r = row + dr, c = col + dc;
    if (!inside(r, c)) continue;
    const k = r * S + c;
    pixels[k] = erase ? 0 : Math.max(pixels[k], v);
  }
  return pixels;
}

/** The brush along the straight line of cells from (r0, c0) to (r1, c1) (Bresenham), in place. */
export function strokeLine(pixels: Uint8Array, r0: number, c0: number, r1: number, c1: number, erase = false): Uint8Array {
  const dr = Math.abs(r1 - r0), dc = Math.abs(c1 - c0);
  const sr = r0 < r1 ? 1 : -1, sc = c0 < c1 ? 1 : -1;
  let err = dc - dr, r = r0, c = c0;
  for (;;) {
    brush(pixels, r, c, erase);
    if (r === r1 && c === c1) return pixels;
    const e2 = 2 * err;
    if (e2 > -dr) { err -= dr; c += sc; }
    if (e2 < dc) { err += dc; r += sr; }
  }
}

/** A drawing of strokes, each a list of (row, col) points joined by straight lines. */
export function drawStrokes(strokes: readonly (readonly (readonly [number, number])[])[]): string {
  const px = new Uint8Array(DIGIT_PIXELS);
  for (const stroke of strokes) {
    for (let i = 0; i < stroke.length; i++) {
      const [r, c] = stroke[i], [pr, pc] = stroke[Math.max(0, i - 1)];
      strokeLine(px, pr, pc, r, c);
    }
  }
  return encodeDrawing(px);
}

/** The figure's first drawing: a 3, two bows on top of each other. */
export const EXAMPLE_DRAWING = drawStrokes([
  [[6, 10], [5, 13], [5, 16], [7, 18], [9, 18], [11, 16], [13, 13]],
  [[13, 13], [14, 16], [16, 18], [19, 18], [21, 16], [22, 13], [21, 10]],
]);
