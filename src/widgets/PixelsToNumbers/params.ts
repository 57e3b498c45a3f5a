import { choice, int, type StateOf } from '../shared/params';
import { sampleDigit } from './pixelsMath';
import { encodeDrawing, isDrawingText } from './drawingText';

export type Normalisation = 'raw' | 'unit' | 'signed';
export const normLabels: Record<Normalisation, string> = { raw: '0–255 (raw)', unit: '0–1', signed: '−1…1' };

export const SAMPLE_DRAWING = encodeDrawing(sampleDigit());
export const BLANK_DRAWING = encodeDrawing(new Uint8Array(784));

/**
 * The drawing has no parameter kind, so it is a choice whose options admit every well-formed
 * drawing text (see drawingText): bounded like any parameter, it travels in the address and a
 * copied link, and Reset brings back the sample digit; a broken one is refused.
 */
class Drawings extends Array<string> {
  override includes(text: unknown): boolean {
    return isDrawingText(text);
  }
}

/** The built-in 7, the cursor on its top bar (a full-white pixel), raw values, drawing brush. */
export const params = {
  norm: choice(['raw', 'unit', 'signed'] as const, 'raw', { label: 'Normalisation', labels: normLabels }),
  brush: choice(['draw', 'erase'] as const, 'draw', { label: 'Brush', labels: { draw: 'Draw', erase: 'Erase' } }),
  drawing: choice<string>(Drawings.from([SAMPLE_DRAWING]), SAMPLE_DRAWING),
  row: int(0, 27, 6),
  col: int(0, 27, 14),
};

export type PixelsState = StateOf<typeof params>;
