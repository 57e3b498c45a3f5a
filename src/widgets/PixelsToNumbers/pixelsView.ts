import type { PartProps } from '../shared/defineWidget';
import type { params, PixelsState } from './params';
import { decodeDrawing } from './drawingText';
import { SIZE, pixelStats } from './pixelsMath';

/** The drawing's pixels, the one under the cursor, and the statistics in the chosen scale. */
export function derivePixels(s: PixelsState) {
  const pixels = decodeDrawing(s.drawing);
  return { pixels, raw: pixels[s.row * SIZE + s.col], stats: pixelStats(pixels, s.norm) };
}

export type PixelsPart = PartProps<typeof params, ReturnType<typeof derivePixels>>;
