import { memo, useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { Button } from '../../components/Button';
import { decodeDrawing, encodeDrawing, brush, strokeLine, BLANK } from './drawing';
import { paintCursor, paintGrey } from './canvasPaint';
import type { DigitsState } from './params';

const SIDE = 28;
const CELL = 10; // canvas pixels per cell
type Cell = [number, number];
type Set = (patch: Partial<DigitsState> | ((s: DigitsState) => Partial<DigitsState>)) => void;
const MOVES: Record<string, Cell> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
const clampCell = (v: number) => Math.min(SIDE - 1, Math.max(0, v));

interface Props {
  id: string;
  drawing: string;
  row: number;
  col: number;
  set: Set;
  /** Draws a random test digit into the surface; null until the digits have loaded. */
  onSample: (() => void) | null;
}

/**
 * The 28 × 28 surface: pointer strokes (mouse, pen, finger) paint; arrow keys move a cursor,
 * Space or Enter paints its cell, Shift with an arrow paints as it moves, Delete or Backspace erases.
 */
export const DrawingSurface = memo(function DrawingSurface({ id, drawing, row, col, set, onSample }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const last = useRef<Cell | null>(null);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return;
    paintGrey(ctx, decodeDrawing(drawing), SIDE, CELL);
    paintCursor(ctx, row, col, CELL);
  }, [drawing, row, col]);

  const cellAt = (e: PointerEvent<HTMLCanvasElement>): Cell => {
    const rect = e.currentTarget.getBoundingClientRect();
    return [
      clampCell(Math.floor(((e.clientY - rect.top) / Math.max(1, rect.height)) * SIDE)),
      clampCell(Math.floor(((e.clientX - rect.left) / Math.max(1, rect.width)) * SIDE)),
    ];
  };
  const strokeTo = (cell: Cell) => {
    const from = last.current ?? cell;
    last.current = cell;
    set((s) => ({ drawing: encodeDrawing(strokeLine(decodeDrawing(s.drawing), from[0], from[1], cell[0], cell[1])), row: cell[0], col: cell[1] }));
  };
  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    e.preventDefault();
    // A stroke that leaves the surface keeps drawing; a pointer the browser no longer tracks just draws without capture.
    try {
      e.currentTarget.setPointerCapture?.(e.pointerId);
    } catch {
      /* drawn without capture */
    }
    e.currentTarget.focus({ preventScroll: true });
    last.current = null;
    strokeTo(cellAt(e));
  };
  const endStroke = () => void (last.current = null);
  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const move = MOVES[e.key];
    if (move && e.shiftKey) {
      set((s) => {
        const r = clampCell(s.row + move[0]), c = clampCell(s.col + move[1]);
        return { row: r, col: c, drawing: encodeDrawing(strokeLine(decodeDrawing(s.drawing), s.row, s.col, r, c)) };
      });
    } else if (move) set((s) => ({ row: s.row + move[0], col: s.col + move[1] }));
    else if (e.key === ' ' || e.key === 'Enter') set((s) => ({ drawing: encodeDrawing(brush(decodeDrawing(s.drawing), s.row, s.col)) }));
    else if (e.key === 'Delete' || e.key === 'Backspace') set((s) => ({ drawing: encodeDrawing(brush(decodeDrawing(s.drawing), s.row, s.col, true)) }));
    else return;
    e.preventDefault();
  };

  return (
    <div className="nn-digits-draw">
      <canvas
        ref={canvasRef}
        className="nn-digits-canvas"
        width={SIDE * CELL}
        height={SIDE * CELL}
        tabIndex={0}
        role="application"
        aria-label="Draw a digit"
        aria-describedby={`${id}-draw-hint ${id}-draw-cursor`}
        onPointerDown={onPointerDown}
        onPointerMove={(e) => (last.current ? strokeTo(cellAt(e)) : undefined)}
        onPointerUp={endStroke}
        onPointerCancel={endStroke}
        onKeyDown={onKeyDown}
      />
      <div className="nn-digits-draw__buttons">
        <Button onClick={() => set({ drawing: BLANK })}>Clear</Button>
        <Button onClick={onSample ?? undefined} disabled={!onSample}>Sample a test digit</Button>
      </div>
      <p className="nn-digits-note" id={`${id}-draw-hint`}>
        Draw with mouse, pen or finger. Or focus the surface: arrow keys move the orange cursor, Space or Enter paints, Shift with an
        arrow paints as it moves, Delete or Backspace erases.
      </p>
      <p className="nn-visually-hidden" id={`${id}-draw-cursor`}>
        Cursor at row {row + 1}, column {col + 1}.
      </p>
    </div>
  );
});
