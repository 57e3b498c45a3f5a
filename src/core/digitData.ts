/**
 * The handwritten digits as the figure and the build share them: 28 × 28 grey levels, one byte a
 * pixel (0 = background … 255 = ink), a label byte each, training digits first. Binary layouts
 * of the data file and of a network's weights, with readers and writers, so the build script,
 * the worker and the NumPy snippet agree byte for byte.
 */
import { createRng, shuffleInPlace } from './rng';
import type { Mlp } from './mlp';

export const DIGIT_SIDE = 28;
export const DIGIT_PIXELS = DIGIT_SIDE * DIGIT_SIDE;
export const DIGIT_CLASSES = 10;
const DATA_MAGIC = 0x444d4e4e; // "NNMD" little-endian
const NET_MAGIC = 0x574d4e4e; // "NNMW"
/** Bytes before the labels: magic, number of training digits, number of test digits, side. */
export const DATA_HEADER = 16;

export interface DigitData {
  nTrain: number;
  nTest: number;
  /** Labels 0–9, training digits first: length nTrain + nTest. */
  labels: Uint8Array;
  /** Grey levels 0–255, digit i's 784 pixels at [784·i, 784·(i+1)), row by row. */
  pixels: Uint8Array;
}

/**
 * A fixed split of digits given per class (byClass[k]: flat grey levels of class k): all digits
 * shuffled by a seeded rng, the first nTrain for training, the next nTest for testing.
 */
export function splitDigits(byClass: readonly Uint8Array[], nTrain: number, nTest: number, seed: number): DigitData {
  const owner: number[] = [];
  byClass.forEach((px, k) => { for (let i = 0; i < px.length / DIGIT_PIXELS; i++) owner.push(k * 1e6 + i); });
  if (nTrain + nTest > owner.length) throw new RangeError(`${nTrain} + ${nTest} digits asked for, ${owner.length} available`);
  const order = shuffleInPlace(createRng(seed), Float64Array.from(owner));
  const n = nTrain + nTest;
  const labels = new Uint8Array(n), pixels = new Uint8Array(n * DIGIT_PIXELS);
  for (let r = 0; r < n; r++) {
    const k = Math.floor(order[r] / 1e6), i = order[r] % 1e6;
    labels[r] = k;
    pixels.set(byClass[k].subarray(i * DIGIT_PIXELS, (i + 1) * DIGIT_PIXELS), r * DIGIT_PIXELS);
  }
  return { nTrain, nTest, labels, pixels };
}

/** The data file: 16-byte header (magic, nTrain, nTest, 28 as uint32 LE), the labels, the pixels. */
export function encodeDigits(data: DigitData): Uint8Array {
  const n = data.nTrain + data.nTest;
  const out = new Uint8Array(DATA_HEADER + n + n * DIGIT_PIXELS);
  const view = new DataView(out.buffer);
  view.setUint32(0, DATA_MAGIC, true);
  view.setUint32(4, data.nTrain, true);
  view.setUint32(8, data.nTest, true);
  view.setUint32(12, DIGIT_SIDE, true);
  out.set(data.labels, DATA_HEADER);
  out.set(data.pixels, DATA_HEADER + n);
  return out;
}

/** Reads a data file (views into buffer, no copy); throws a RangeError naming what is wrong. */
export function decodeDigits(buffer: ArrayBuffer): DigitData {
  const view = new DataView(buffer);
  if (buffer.byteLength < DATA_HEADER || view.getUint32(0, true) !== DATA_MAGIC) throw new RangeError('not a digits file (bad header)');
  const nTrain = view.getUint32(4, true), nTest = view.getUint32(8, true), n = nTrain + nTest;
  if (view.getUint32(12, true) !== DIGIT_SIDE || buffer.byteLength !== DATA_HEADER + n * (1 + DIGIT_PIXELS)) {
    throw new RangeError(`digits file has ${buffer.byteLength} bytes, expected ${DATA_HEADER + n * (1 + DIGIT_PIXELS)}`);
  }
  return {
    nTrain, nTest,
    labels: new Uint8Array(buffer, DATA_HEADER, n),
    pixels: new Uint8Array(buffer, DATA_HEADER + n, n * DIGIT_PIXELS),
  };
}

/** Weights file: magic, number of layer sizes, the sizes (uint32 LE), then per layer W (row-major) and b as float32. */
export function encodeNetwork(mlp: Mlp): Uint8Array {
  const head = 2 + mlp.sizes.length;
  const floats = mlp.weights.reduce((n, W, l) => n + W.data.length + mlp.biases[l].length, 0);
  const out = new Uint8Array(4 * (head + floats));
  const view = new DataView(out.buffer);
  view.setUint32(0, NET_MAGIC, true);
  view.setUint32(4, mlp.sizes.length, true);
  mlp.sizes.forEach((s, i) => view.setUint32(8 + 4 * i, s, true));
  let o = 4 * head;
  for (let l = 0; l < mlp.weights.length; l++) {
    for (const v of mlp.weights[l].data) { view.setFloat32(o, v, true); o += 4; }
    for (const v of mlp.biases[l]) { view.setFloat32(o, v, true); o += 4; }
  }
  return out;
}

/** Layer sizes and float32 weights of a weights file, widened to float64: W[l] row-major sizes[l+1] × sizes[l]. */
export function decodeNetwork(buffer: ArrayBuffer): { sizes: number[]; weights: Float64Array[]; biases: Float64Array[] } {
  const view = new DataView(buffer);
  if (buffer.byteLength < 8 || view.getUint32(0, true) !== NET_MAGIC) throw new RangeError('not a weights file (bad header)');
  const count = view.getUint32(4, true);
  if (count < 2 || count > 16 || buffer.byteLength < 8 + 4 * count) throw new RangeError(`weights file lists ${count} layer sizes`);
  const sizes = Array.from({ length: count }, (_, i) => view.getUint32(8 + 4 * i, true));
  let o = 8 + 4 * count;
  const weights: Float64Array[] = [], biases: Float64Array[] = [];
  const take = (n: number): Float64Array => {
    if (o + 4 * n > buffer.byteLength) throw new RangeError('weights file is cut short');
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++, o += 4) out[i] = view.getFloat32(o, true);
    return out;
  };
  for (let l = 0; l + 1 < count; l++) {
    weights.push(take(sizes[l] * sizes[l + 1]));
    biases.push(take(sizes[l + 1]));
  }
  if (o !== buffer.byteLength) throw new RangeError('weights file has bytes left over');
  return { sizes, weights, biases };
}

/**
 * The training digits followed by copies shifted by each (rows, columns) offset (ink moved off
 * the field is lost, the vacated edge is background), then the test digits unchanged: more
 * examples of the same handwriting in slightly different places, for a network that must read
 * a drawing that is never exactly centred.
 */
export function withShiftedCopies(data: DigitData, shifts: readonly (readonly [number, number])[]): DigitData {
  const n = data.nTrain, S = DIGIT_SIDE, copies = 1 + shifts.length;
  const labels = new Uint8Array(n * copies + data.nTest);
  const pixels = new Uint8Array(labels.length * DIGIT_PIXELS);
  labels.set(data.labels.subarray(0, n));
  pixels.set(data.pixels.subarray(0, n * DIGIT_PIXELS));
  shifts.forEach(([dr, dc], s) => {
    for (let i = 0; i < n; i++) {
      const dst = ((s + 1) * n + i) * DIGIT_PIXELS, src = i * DIGIT_PIXELS;
      labels[(s + 1) * n + i] = data.labels[i];
      for (let r = 0; r < S; r++) for (let c = 0; c < S; c++) {
        const rr = r - dr, cc = c - dc;
        if (rr >= 0 && rr < S && cc >= 0 && cc < S) pixels[dst + r * S + c] = data.pixels[src + rr * S + cc];
      }
    }
  });
  labels.set(data.labels.subarray(n), n * copies);
  pixels.set(data.pixels.subarray(n * DIGIT_PIXELS), n * copies * DIGIT_PIXELS);
  return { nTrain: n * copies, nTest: data.nTest, labels, pixels };
}
