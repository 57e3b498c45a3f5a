import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Button } from '../../components/Button';
import { LiveMath } from '../../components/LiveMath';
import { ScrollBox } from '../../components/ScrollBox';
import { formatNumber } from '../../components/format';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { normLabels, pixelsSchema, type Normalisation } from './pixelsState';
import {
  SIZE, blankPixels, cellText, eraseCell, normalise, paintCell, pixelStats, sampleDigit, strokeLine,
} from './pixelsMath';
import { normTex, shapeTex } from './pixelsTex';
import { pixelsCode } from './pixelsCode';
import './pixels.css';

const normOptions = (['raw', 'unit', 'signed'] as const).map((value) => ({ value, label: normLabels[value] }));
const brushOptions = [
  { value: 'draw', label: 'Draw' },
  { value: 'erase', label: 'Erase' },
] as const;
const CELL = 10; // canvas pixels per grid cell
/** The cursor starts on the sample digit's top bar, a full-white pixel. */
const START: [number, number] = [6, 14];

const digits = (norm: Normalisation) => (norm === 'raw' ? 0 : 3);

/** Chapter 2: a 28×28 drawing and the 784 numbers it becomes. */
export default function PixelsToNumbers({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, pixelsSchema);
  const [pixels, setPixels] = useState<Uint8Array>(sampleDigit);
  const [cursor, setCursor] = useState<[number, number]>(START);
  const [brush, setBrush] = useState<'draw' | 'erase'>('draw');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const lastCell = useRef<[number, number] | null>(null);

  const stats = useMemo(() => pixelStats(pixels, s.norm), [pixels, s.norm]);
  const [row, col] = cursor;
  const cursorRaw = pixels[row * SIZE + col];

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(SIZE * CELL, SIZE * CELL);
    for (let y = 0; y < SIZE * CELL; y++) {
      for (let x = 0; x < SIZE * CELL; x++) {
        const v = pixels[Math.floor(y / CELL) * SIZE + Math.floor(x / CELL)];
        const k = (y * SIZE * CELL + x) * 4;
        img.data[k] = v;
        img.data[k + 1] = v;
        img.data[k + 2] = v;
        img.data[k + 3] = 255;
      }
    }
    ctx.putImageData(img, 0, 0);
    ctx.strokeStyle = 'rgba(128,128,128,0.35)';
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let i = 1; i < SIZE; i++) {
      ctx.moveTo(i * CELL + 0.5, 0);
      ctx.lineTo(i * CELL + 0.5, SIZE * CELL);
      ctx.moveTo(0, i * CELL + 0.5);
      ctx.lineTo(SIZE * CELL, i * CELL + 0.5);
    }
    ctx.stroke();
    ctx.strokeStyle = '#ff8c1a';
    ctx.lineWidth = 2;
    ctx.strokeRect(col * CELL + 1, row * CELL + 1, CELL - 2, CELL - 2);
  }, [pixels, row, col]);

  const cellAt = (e: PointerEvent<HTMLCanvasElement>): [number, number] => {
    const rect = e.currentTarget.getBoundingClientRect();
    const c = Math.floor(((e.clientX - rect.left) / Math.max(1, rect.width)) * SIZE);
    const r = Math.floor(((e.clientY - rect.top) / Math.max(1, rect.height)) * SIZE);
    return [Math.min(SIZE - 1, Math.max(0, r)), Math.min(SIZE - 1, Math.max(0, c))];
  };
  const strokeTo = (cell: [number, number]) => {
    const from = lastCell.current ?? cell;
    setPixels((p) => strokeLine(p, from[0], from[1], cell[0], cell[1], brush === 'erase'));
    lastCell.current = cell;
    setCursor(cell);
  };
  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    e.currentTarget.focus({ preventScroll: true });
    lastCell.current = null;
    strokeTo(cellAt(e));
  };
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    if (lastCell.current) strokeTo(cellAt(e));
  };
  const endStroke = () => {
    lastCell.current = null;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const move = (dr: number, dc: number) =>
      setCursor(([r, c]) => [Math.min(SIZE - 1, Math.max(0, r + dr)), Math.min(SIZE - 1, Math.max(0, c + dc))]);
    switch (e.key) {
      case 'ArrowUp': move(-1, 0); break;
      case 'ArrowDown': move(1, 0); break;
      case 'ArrowLeft': move(0, -1); break;
      case 'ArrowRight': move(0, 1); break;
      case ' ': case 'Enter': setPixels((p) => paintCell(p, row, col)); break;
      case 'Delete': case 'Backspace': setPixels((p) => eraseCell(p, row, col)); break;
      default: return;
    }
    e.preventDefault();
  };

  const table = useMemo(() => {
    const rows = [];
    for (let r = 0; r < SIZE; r++) {
      const cells = [];
      for (let c = 0; c < SIZE; c++) {
        const v = pixels[r * SIZE + c];
        const cls = `${v ? 'nn-px-on' : ''}${r === row && c === col ? ' nn-px-cursor' : ''}`;
        cells.push(<td key={c} className={cls || undefined}>{cellText(v, s.norm)}</td>);
      }
      rows.push(<tr key={r}><th scope="row">{r}</th>{cells}</tr>);
    }
    return rows;
  }, [pixels, s.norm, row, col]);

  const d = digits(s.norm);
  const fmt = (x: number) => formatNumber(x, d);
  const onReset = () => {
    reset();
    setPixels(sampleDigit());
    setCursor(START);
    setBrush('draw');
  };

  return (
    <WidgetFrame
      id={id}
      caption="Pixels to numbers"
      description="Draw on the 28 × 28 grid; every cell is one number from 0 (black) to 255 (white)."
      schema={pixelsSchema}
      state={s}
      onReset={onReset}
      code={pixelsCode(s.norm, stats.nonZero)}
      announce={`${stats.nonZero} of 784 pixels are non-zero; in ${normLabels[s.norm]} the mean is ${formatNumber(stats.mean, 3)}.`}
      actions={
        <>
          <Button onClick={() => setPixels(blankPixels())}>Clear</Button>
          <Button onClick={() => setPixels(sampleDigit())}>Sample digit</Button>
        </>
      }
      equation={
        <div className="nn-px-equation">
          <p className="nn-px-note">
            Pixel at row {row}, column {col}:
          </p>
          <LiveMath display tex={normTex(cursorRaw, s.norm)} />
          <LiveMath display tex={shapeTex()} />
          <Readout
            items={[
              { label: 'pixel', value: fmt(normalise(cursorRaw, s.norm)), color: 'var(--c-a)' },
              { label: 'vector length', value: '784' },
              { label: 'tensor shape', value: '28 × 28 × 1' },
              { label: 'non-zero', value: String(stats.nonZero) },
              { label: 'min', value: fmt(stats.min) },
              { label: 'max', value: fmt(stats.max) },
              { label: 'mean', value: formatNumber(stats.mean, 3) },
            ]}
          />
        </div>
      }
      controls={
        <>
          <ChoiceGroup legend="Normalisation" className="nn-px-norm" options={normOptions} value={s.norm} onChange={(norm) => set({ norm })} />
          <ChoiceGroup legend="Brush" options={brushOptions} value={brush} onChange={setBrush} />
        </>
      }
    >
      <div className="nn-px-wrap">
      <div className="nn-px-layout">
        <div className="nn-px-drawing">
          <canvas
            ref={canvasRef}
            className="nn-px-canvas"
            width={SIZE * CELL}
            height={SIZE * CELL}
            tabIndex={0}
            role="application"
            aria-label={`Drawing grid, 28 by 28 pixels. Cursor at row ${row}, column ${col}, value ${cursorRaw}.`}
            aria-describedby={`${id}-px-hint`}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={endStroke}
            onPointerCancel={endStroke}
            onKeyDown={onKeyDown}
          />
          <p className="nn-px-note" id={`${id}-px-hint`}>
            Draw with mouse, pen or finger. Or focus the grid: arrow keys move the orange cursor, Space or Enter paints, Delete or Backspace erases.
          </p>
        </div>
        <ScrollBox label={`The 784 numbers, ${normLabels[s.norm]}`} className="nn-px-scroll">
          <table className="nn-px-table">
            <caption className="nn-visually-hidden">The drawing as 28 rows of 28 numbers ({normLabels[s.norm]})</caption>
            <tbody>{table}</tbody>
          </table>
        </ScrollBox>
      </div>
      </div>
    </WidgetFrame>
  );
}
