import type { Expected, OracleView } from '../../test/oracle';
import type { PixelsState } from './params';

const ALPHABET = '0123456789abcdefghijklmnopq';

/** By hand: each character is three pixels in base 3 (levels 0, 128, 255); the last holds one. */
function pixelsOf(text: string): number[] {
  const levels = [0, 128, 255];
  const out: number[] = [];
  for (const ch of text) {
    const code = ALPHABET.indexOf(ch);
    if (out.length === 783) out.push(levels[code]);
    else out.push(levels[Math.floor(code / 9)], levels[Math.floor(code / 3) % 3], levels[code % 3]);
  }
  return out;
}

export function oracle(s: PixelsState): OracleView {
  const pixels = pixelsOf(s.drawing);
  const scaled = (v: number) => (s.norm === 'unit' ? v / 255 : s.norm === 'signed' ? v / 127.5 - 1 : v);
  let nonZero = 0;
  let sum = 0;
  for (const v of pixels) {
    if (v > 0) nonZero++;
    sum += v;
  }
  const raw = pixels[28 * s.row + s.col];
  const pixel = scaled(raw);
  const min = scaled(Math.min(...pixels));
  const max = scaled(Math.max(...pixels));
  const mean = scaled(sum / 784);
  const at = [s.row, s.col, s.row, s.col];
  // x'_{r,c} = x_{r,c} [/ 255 | / 127.5 − 1] = v [/ 255 | / 127.5 − 1] ≈ x'
  const normalisation: Expected[] =
    s.norm === 'raw' ? [...at, raw] : s.norm === 'unit' ? [...at, 255, raw, 255, pixel] : [...at, 127.5, -1, raw, 127.5, -1, pixel];
  return {
    equations: [normalisation, [28, 28, 1, 784]],
    readouts: { pixel, 'vector length': 784, 'tensor shape': '28 × 28 × 1', 'non-zero': nonZero, min, max, mean },
    printed: { pixel, 'non-zero': nonZero, min, max, mean, 'vector length': 784, 'tensor shape': [28, 28, 1] },
  };
}

/** Random drawings from nearly blank to nearly full, anywhere the cursor may be. */
export function sample(random: () => number, defaults: PixelsState): PixelsState {
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const density = random();
  let drawing = '';
  for (let i = 0; i < 261; i++) drawing += random() < density ? pick([...ALPHABET]) : '0';
  drawing += pick(['0', '1', '2']);
  return {
    ...defaults,
    drawing,
    norm: pick(['raw', 'unit', 'signed'] as const),
    brush: pick(['draw', 'erase'] as const),
    row: Math.floor(random() * 28),
    col: Math.floor(random() * 28),
  };
}
