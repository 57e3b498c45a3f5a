/**
 * A drawing prepared the way MNIST's digits were: the ink's bounding box scaled (keeping its
 * aspect) so its longer side is 20 pixels, then placed in the 28 × 28 field with its centre of
 * mass at the field's centre (14, 14). Values 0–1, row by row; an empty drawing stays empty.
 */
import { DIGIT_SIDE } from './digitData';

export const DIGIT_BOX = 20;

export interface Preprocessed {
  /** The 784 inputs, 0–1. */
  pixels: Float64Array;
  /** The ink's bounding box in the drawing (rows r0…r1, columns c0…c1), null when empty. */
  box: { r0: number; r1: number; c0: number; c1: number } | null;
  /** The scale applied to the box (20 / its longer side). */
  scale: number;
  /** Centre of mass (row, column) after scaling, before the shift that puts it at (14, 14). */
  centre: [number, number];
}

/** Bilinear sample of a side × side image at a fractional (row, column), 0 outside. */
function sample(img: ArrayLike<number>, side: number, r: number, c: number): number {
  const r0 = Math.floor(r), c0 = Math.floor(c), fr = r - r0, fc = c - c0;
  const at = (i: number, j: number) => (i < 0 || j < 0 || i >= side || j >= side ? 0 : img[i * side + j]);
  return (1 - fr) * ((1 - fc) * at(r0, c0) + fc * at(r0, c0 + 1)) + fr * ((1 - fc) * at(r0 + 1, c0) + fc * at(r0 + 1, c0 + 1));
}

/** MNIST-style preprocessing of a side × side drawing (values 0–1; side defaults to 28). */
export function preprocessDigit(drawing: ArrayLike<number>, side = DIGIT_SIDE): Preprocessed {
  const N = DIGIT_SIDE;
  let r0 = side, r1 = -1, c0 = side, c1 = -1;
  for (let r = 0; r < side; r++) for (let c = 0; c < side; c++) {
    if (drawing[r * side + c] > 0) { r0 = Math.min(r0, r); r1 = Math.max(r1, r); c0 = Math.min(c0, c); c1 = Math.max(c1, c); }
  }
  const pixels = new Float64Array(N * N);
  if (r1 < 0) return { pixels, box: null, scale: 1, centre: [N / 2, N / 2] };
  const h = r1 - r0 + 1, w = c1 - c0 + 1;
  const scale = DIGIT_BOX / Math.max(h, w);
  const sh = Math.max(1, Math.round(h * scale)), sw = Math.max(1, Math.round(w * scale));
  // Scale the box into sh × sw (≤ 20 × 20) by averaging 4 × 4 bilinear samples per target pixel,
  // so shrinking a thick stroke keeps its grey edges, as MNIST's anti-aliased digits have.
  const S = 4;
  const scaled = new Float64Array(sh * sw);
  let mass = 0, mr = 0, mc = 0;
  for (let i = 0; i < sh; i++) for (let j = 0; j < sw; j++) {
    let v = 0;
    for (let a = 0; a < S; a++) for (let b = 0; b < S; b++) {
      const r = r0 + ((i + (a + 0.5) / S) * h) / sh - 0.5;
      const c = c0 + ((j + (b + 0.5) / S) * w) / sw - 0.5;
      v += sample(drawing, side, r, c);
    }
    v /= S * S;
    scaled[i * sw + j] = v;
    mass += v; mr += v * (i + 0.5); mc += v * (j + 0.5);
  }
  const cr = mass > 0 ? mr / mass : sh / 2, cc = mass > 0 ? mc / mass : sw / 2;
  // Whole-pixel shift that brings the centre of mass nearest to (14, 14), kept inside the field.
  const top = Math.min(N - sh, Math.max(0, Math.round(N / 2 - cr)));
  const left = Math.min(N - sw, Math.max(0, Math.round(N / 2 - cc)));
  for (let i = 0; i < sh; i++) for (let j = 0; j < sw; j++) pixels[(top + i) * N + left + j] = Math.min(1, scaled[i * sw + j]);
  return { pixels, box: { r0, r1, c0, c1 }, scale, centre: [cr, cc] };
}
