import type { Normalisation } from './params';

export const SIZE = 28;
export const COUNT = SIZE * SIZE; // 784
/** Value the brush gives to the four orthogonal neighbours of the painted cell (a soft edge). */
export const SOFT = 128;

export const blankPixels = (): Uint8Array => new Uint8Array(COUNT);

/** Paints one cell at full intensity and softly raises its four neighbours (never lowers). */
export function paintCell(pixels: Uint8Array, row: number, col: number): Uint8Array {
  const out = new Uint8Array(pixels);
  const set = (r: number, c: number, v: number) => {
    if (r < 0 || c < 0 || r >= SIZE || c >= SIZE) return;
    const i = r * SIZE + c;
    if (out[i] < v) out[i] = v;
  };
  set(row, col, 255);
  set(row - 1, col, SOFT);
  set(row + 1, col, SOFT);
  set(row, col - 1, SOFT);
  set(row, col + 1, SOFT);
  return out;
}

/** Sets a cell and its four neighbours (the brush's footprint) back to 0. */
export function eraseCell(pixels: Uint8Array, row: number, col: number): Uint8Array {
  const out = new Uint8Array(pixels);
  for (const [r, c] of [[row, col], [row - 1, col], [row + 1, col], [row, col - 1], [row, col + 1]]) {
    if (r >= 0 && c >= 0 && r < SIZE && c < SIZE) out[r * SIZE + c] = 0;
  }
  return out;
}

/** The cells on the straight segment from (r0, c0) to (r1, c1), both ends included. */
export function lineCells(r0: number, c0: number, r1: number, c1: number): [number, number][] {
  const steps = Math.max(Math.abs(r1 - r0), Math.abs(c1 - c0));
  const cells: [number, number][] = [];
  for (let k = 0; k <= steps; k++) {
    const t = steps === 0 ? 0 : k / steps;
    cells.push([Math.round(r0 + (r1 - r0) * t), Math.round(c0 + (c1 - c0) * t)]);
  }
  return cells;
}

/** Paints (or erases) along a segment. */
export function strokeLine(pixels: Uint8Array, r0: number, c0: number, r1: number, c1: number, erase = false): Uint8Array {
  let out = pixels;
  for (const [r, c] of lineCells(r0, c0, r1, c1)) out = erase ? eraseCell(out, r, c) : paintCell(out, r, c);
  return out;
}

/** The built-in "7": a top bar and a slanted stem, as (row, col) corners of a polyline. */
export const SEVEN: readonly [number, number][] = [[6, 7], [6, 20], [23, 12]];

export function sampleDigit(): Uint8Array {
  let out = blankPixels();
  for (let k = 1; k < SEVEN.length; k++) out = strokeLine(out, SEVEN[k - 1][0], SEVEN[k - 1][1], SEVEN[k][0], SEVEN[k][1]);
  return out;
}

/** A raw 0–255 value in the chosen scale: unchanged, x/255, or x/127.5 − 1. */
export function normalise(v: number, norm: Normalisation): number {
  if (norm === 'unit') return v / 255;
  if (norm === 'signed') return v / 127.5 - 1;
  return v;
}

export interface PixelStats {
  nonZero: number;
  min: number;
  max: number;
  mean: number;
}

/** Non-zero count (of the raw pixels), then min, max and mean in the chosen scale. */
export function pixelStats(pixels: Uint8Array, norm: Normalisation): PixelStats {
  let nonZero = 0;
  let min = 255;
  let max = 0;
  let sum = 0;
  for (let i = 0; i < pixels.length; i++) {
    const v = pixels[i];
    if (v !== 0) nonZero++;
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  const n = Math.max(1, pixels.length);
  return { nonZero, min: normalise(min, norm), max: normalise(max, norm), mean: normalise(sum / n, norm) };
}

/** A value as the table shows it: integers for raw, two decimals otherwise. */
export function cellText(v: number, norm: Normalisation): string {
  const x = normalise(v, norm);
  if (norm === 'raw') return String(v);
  const s = x.toFixed(2);
  return s === '-0.00' ? '0.00' : s.replace('-', '\u2212');
}
