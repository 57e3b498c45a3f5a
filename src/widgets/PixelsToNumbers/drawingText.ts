import { COUNT } from './pixelsMath';

/**
 * A drawing as text, for the address and a copied link: the brush only ever leaves 0, 128 or 255,
 * so a pixel is one of three levels, and three pixels (read in base 3) are one character of a
 * 27-letter alphabet: 784 pixels in 262 characters.
 */
const ALPHABET = '0123456789abcdefghijklmnopq';
const LEVELS = [0, 128, 255] as const;
const LENGTH = Math.ceil(COUNT / 3);
// 784 = 3 × 261 + 1: the last character carries one pixel, so it is 0, 1 or 2.
const VALID = new RegExp(`^[${ALPHABET}]{${LENGTH - 1}}[012]$`);

export const isDrawingText = (text: unknown): text is string => typeof text === 'string' && VALID.test(text);

const levelOf = (value: number) => (value >= 255 ? 2 : value >= 128 ? 1 : 0);

export function encodeDrawing(pixels: Uint8Array): string {
  let text = '';
  for (let i = 0; i < COUNT; i += 3) {
    let code = 0;
    for (let k = 0; k < 3; k++) code = 3 * code + (i + k < COUNT ? levelOf(pixels[i + k]) : 0);
    // The last character holds one pixel: its code was shifted up by two empty places.
    text += ALPHABET[i + 3 > COUNT ? code / 9 : code];
  }
  return text;
}

export function decodeDrawing(text: string): Uint8Array {
  const pixels = new Uint8Array(COUNT);
  for (let j = 0; j < text.length; j++) {
    const code = ALPHABET.indexOf(text[j]);
    const digits = j * 3 + 3 > COUNT ? [code] : [Math.floor(code / 9), Math.floor(code / 3) % 3, code % 3];
    digits.forEach((level, k) => {
      if (j * 3 + k < COUNT) pixels[j * 3 + k] = LEVELS[level];
    });
  }
  return pixels;
}
