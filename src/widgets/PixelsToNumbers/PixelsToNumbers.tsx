import { Button } from '../../components/Button';
import { formatNumber } from '../../components/format';
import { defineWidget } from '../shared/defineWidget';
import { BLANK_DRAWING, SAMPLE_DRAWING, normLabels, params, type Normalisation } from './params';
import { derivePixels, type PixelsPart } from './pixelsView';
import { normalise } from './pixelsMath';
import { normTex, shapeTex } from './pixelsTex';
import { pixelsCode } from './pixelsCode';
import { DrawingGrid } from './DrawingGrid';
import { PixelTable } from './PixelTable';
import './pixels.css';

/** Raw values are whole numbers; the scaled ones get three decimals. */
const shown = (x: number, norm: Normalisation) => formatNumber(x, norm === 'raw' ? 0 : 3);

function DrawingAndNumbers(part: PixelsPart) {
  const { v } = part;
  return (
    <div className="nn-px-wrap">
      <div className="nn-px-layout">
        <DrawingGrid {...part} />
        <PixelTable pixels={v.pixels} norm={v.norm} row={v.row} col={v.col} />
      </div>
    </div>
  );
}

/** Chapter 2: a 28×28 drawing and the 784 numbers it becomes. */
export default defineWidget({
  caption: 'Pixels to numbers',
  description: 'Draw on the 28 × 28 grid; every cell is one number from 0 (black) to 255 (white).',
  params,
  derive: derivePixels,
  equations: (v) => [normTex(v.raw, v.norm, v.row, v.col), shapeTex()],
  readouts: (v) => [
    { label: 'pixel', value: shown(normalise(v.raw, v.norm), v.norm), color: 'var(--c-a)' },
    { label: 'vector length', value: '784' },
    { label: 'tensor shape', value: '28 × 28 × 1' },
    { label: 'non-zero', value: String(v.stats.nonZero) },
    { label: 'min', value: shown(v.stats.min, v.norm) },
    { label: 'max', value: shown(v.stats.max, v.norm) },
    { label: 'mean', value: formatNumber(v.stats.mean, 3) },
  ],
  code: (v) => pixelsCode(v.pixels, v.norm, v.row, v.col),
  announce: (v) => `${v.stats.nonZero} of 784 pixels are non-zero; in ${normLabels[v.norm]} the mean is ${formatNumber(v.stats.mean, 3)}.`,
  Actions: ({ set }: PixelsPart) => (
    <>
      <Button onClick={() => set({ drawing: BLANK_DRAWING })}>Clear</Button>
      <Button onClick={() => set({ drawing: SAMPLE_DRAWING })}>Sample digit</Button>
    </>
  ),
  View: DrawingAndNumbers,
});
