import { useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { decodeDrawing, encodeDrawing } from './drawingText';
import { SIZE, eraseCell, paintCell, strokeLine } from './pixelsMath';
import { CELL, paintGrid } from './paintGrid';
import type { PixelsPart } from './pixelsView';

type Cell = [number, number];
const MOVES: Record<string, Cell> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** The 28 × 28 canvas: pointer strokes paint (or erase), arrow keys move the cursor, Space paints. */
export function DrawingGrid({ id, v, set }: PixelsPart) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const lastCell = useRef<Cell | null>(null);
  const { drawing, row, col } = v;

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (ctx) paintGrid(ctx, decodeDrawing(drawing), row, col);
  }, [drawing, row, col]);

  const cellAt = (e: PointerEvent<HTMLCanvasElement>): Cell => {
    const rect = e.currentTarget.getBoundingClientRect();
    const c = Math.floor(((e.clientX - rect.left) / Math.max(1, rect.width)) * SIZE);
    const r = Math.floor(((e.clientY - rect.top) / Math.max(1, rect.height)) * SIZE);
    return [Math.min(SIZE - 1, Math.max(0, r)), Math.min(SIZE - 1, Math.max(0, c))];
  };
  const strokeTo = (cell: Cell) => {
    const from = lastCell.current ?? cell;
    lastCell.current = cell;
    set((s) => ({ drawing: encodeDrawing(strokeLine(decodeDrawing(s.drawing), from[0], from[1], cell[0], cell[1], s.brush === 'erase')), row: cell[0], col: cell[1] }));
  };
  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    e.currentTarget.focus({ preventScroll: true });
    lastCell.current = null;
    strokeTo(cellAt(e));
  };
  const endStroke = () => {
    lastCell.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const move = MOVES[e.key];
    // Moves past the edge are clamped by the row and column parameters (0…27).
    if (move) set((s) => ({ row: s.row + move[0], col: s.col + move[1] }));
    else if (e.key === ' ' || e.key === 'Enter') set((s) => ({ drawing: encodeDrawing(paintCell(decodeDrawing(s.drawing), s.row, s.col)) }));
    else if (e.key === 'Delete' || e.key === 'Backspace') set((s) => ({ drawing: encodeDrawing(eraseCell(decodeDrawing(s.drawing), s.row, s.col)) }));
    else return;
    e.preventDefault();
  };

  return (
    <div className="nn-px-drawing">
      <canvas
        ref={canvasRef}
        className="nn-px-canvas"
        width={SIZE * CELL}
        height={SIZE * CELL}
        tabIndex={0}
        role="application"
        aria-label={`Drawing grid, 28 by 28 pixels. Cursor at row ${row}, column ${col}, value ${v.raw}.`}
        aria-describedby={`${id}-px-hint`}
        onPointerDown={onPointerDown}
        onPointerMove={(e) => (lastCell.current ? strokeTo(cellAt(e)) : undefined)}
        onPointerUp={endStroke}
        onPointerCancel={endStroke}
        onKeyDown={onKeyDown}
      />
      <p className="nn-px-note" id={`${id}-px-hint`}>
        Draw with mouse, pen or finger. Or focus the grid: arrow keys move the orange cursor, Space or Enter paints, Delete or Backspace erases.
      </p>
    </div>
  );
}
