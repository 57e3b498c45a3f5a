import { choice, int, text, type StateOf } from '../shared/params';
import { sampleDigit } from './pixelsMath';
import { encodeDrawing, isDrawingText } from './drawingText';

export type Normalisation = 'raw' | 'unit' | 'signed';
export const normLabels: Record<Normalisation, string> = { raw: '0–255 (raw)', unit: '0–1', signed: '−1…1' };

export const SAMPLE_DRAWING = encodeDrawing(sampleDigit());
export const BLANK_DRAWING = encodeDrawing(new Uint8Array(784));

/** The built-in 7, the cursor on its top bar (a full-white pixel), raw values, drawing brush. */
export const params = {
  norm: choice(['raw', 'unit', 'signed'] as const, 'raw', { label: 'Normalisation', labels: normLabels }),
  brush: choice(['draw', 'erase'] as const, 'draw', { label: 'Brush', labels: { draw: 'Draw', erase: 'Erase' } }),
  // The drawing travels in the address and a copied link as text (see drawingText); a broken one is refused.
  drawing: text(SAMPLE_DRAWING, { maxLength: SAMPLE_DRAWING.length, valid: isDrawingText }),
  row: int(0, 27, 6),
  col: int(0, 27, 14),
};

export type PixelsState = StateOf<typeof params>;
