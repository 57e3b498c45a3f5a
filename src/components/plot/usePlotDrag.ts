import { createElement, useRef, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import { usePlot, type PlotContextValue } from './PlotContext';
import { isBand, type PlotScale } from './scales';

/** Where a drag is, in data units of the scales the drag began with. */
export interface PlotDragPoint {
  /** Data values under the pointer now. */
  x: number;
  y: number;
  /** Data values under the pointer when the drag began. */
  startX: number;
  startY: number;
  /** The pointer's travel since the drag began as shares of the plot area: right and up are positive. */
  fx: number;
  fy: number;
}

export interface PlotDragOptions {
  /** The press that starts a drag (e.g. to note the values the drag moves from). */
  onStart?: () => void;
  /** Each pointer move of a drag. */
  onDrag: (point: PlotDragPoint) => void;
  /** Arrow keys on the focused handle: (±1, 0) left/right, (0, ±1) down/up; ×10 with PageUp/PageDown. */
  onStep?: (dx: number, dy: number) => void;
  /** Home and End on the focused handle: the value it reports to its least and greatest. */
  onEdge?: (edge: 'min' | 'max') => void;
}

const invert = (scale: PlotScale, pixel: number) => (isBand(scale) ? NaN : scale.invert(pixel));

const KEYS: Record<string, [number, number]> = {
  ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1], PageUp: [0, 10], PageDown: [0, -10],
};

/**
 * Grabbing a thing in a plot: pointer events (mouse, pen and touch alike) on an HTML handle laid
 * over the plot, turned into data values through the plot's own scales. The scales are the ones
 * the drag began with, so a plot whose axes follow the value (a histogram over ±4σ) does not move
 * the ground under the pointer. Values go to the caller, which passes them through the figure's
 * `set` (clamped to the parameter's range there).
 */
export function usePlotDrag({ onStart, onDrag, onStep, onEdge }: PlotDragOptions) {
  const plot = usePlot();
  const drag = useRef<{ id: number; plot: PlotContextValue; box: DOMRect; startX: number; startY: number; cx: number; cy: number } | null>(null);

  /** Client pixels → plot-area pixels (the SVG may be drawn larger or smaller than its viewBox). */
  const toArea = (p: PlotContextValue, box: DOMRect, clientX: number, clientY: number) => [
    ((clientX - box.left) * p.width) / Math.max(1, box.width) - p.margin.left,
    ((clientY - box.top) * p.height) / Math.max(1, box.height) - p.margin.top,
  ];

  const report = (clientX: number, clientY: number) => {
    const d = drag.current;
    if (!d) return;
    const [ax, ay] = toArea(d.plot, d.box, clientX, clientY);
    const x = invert(d.plot.x, ax);
    const y = invert(d.plot.y, ay);
    const fx = ((clientX - d.cx) * d.plot.width) / Math.max(1, d.box.width) / d.plot.innerWidth;
    const fy = -((clientY - d.cy) * d.plot.height) / Math.max(1, d.box.height) / d.plot.innerHeight;
    if ([x, y, fx, fy].every(Number.isFinite)) onDrag({ x, y, startX: d.startX, startY: d.startY, fx, fy });
  };

  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (e.button !== 0) return;
    const svg = e.currentTarget.closest('.nn-plot')?.querySelector('svg');
    if (!svg) return;
    const box = svg.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) return;
    e.preventDefault();
    e.currentTarget.focus({ preventScroll: true });
    // Capture keeps the drag when the pointer leaves the small handle; a pointer the browser no
    // longer tracks cannot be captured, and the drag still works without it.
    try {
      e.currentTarget.setPointerCapture(e.pointerId);
    } catch {
      /* not capturable */
    }
    const [ax, ay] = toArea(plot, box, e.clientX, e.clientY);
    drag.current = { id: e.pointerId, plot, box, startX: invert(plot.x, ax), startY: invert(plot.y, ay), cx: e.clientX, cy: e.clientY };
    onStart?.();
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    if (drag.current?.id === e.pointerId) report(e.clientX, e.clientY);
  };
  const end = (e: PointerEvent<HTMLElement>) => {
    if (drag.current?.id === e.pointerId) drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if ((e.key === 'Home' || e.key === 'End') && onEdge) {
      e.preventDefault();
      onEdge(e.key === 'Home' ? 'min' : 'max');
      return;
    }
    const step = KEYS[e.key];
    if (!step || !onStep) return;
    e.preventDefault();
    onStep(step[0], step[1]);
  };

  /** A handle's position at data (x, y), as percentages of the plot frame. */
  const place = (x: number, y: number): CSSProperties => {
    const px = plot.sx(x);
    const py = plot.sy(y);
    const clampTo = (v: number, size: number) => Math.min(size, Math.max(0, Number.isFinite(v) ? v : size / 2));
    return {
      left: `${((plot.margin.left + clampTo(px, plot.innerWidth)) / plot.width) * 100}%`,
      top: `${((plot.margin.top + clampTo(py, plot.innerHeight)) / plot.height) * 100}%`,
    };
  };

  return {
    place,
    handlers: { onPointerDown, onPointerMove, onPointerUp: end, onPointerCancel: end, onLostPointerCapture: end, onKeyDown },
  };
}

/** A value moved by `steps` grid steps and kept on the grid and in [min, max]. */
export function stepValue(value: number, steps: number, step: number, min: number, max: number): number {
  return snap(value + steps * step, step, min, max);
}

/** A dragged value put on the parameter's grid and in [min, max]. */
export function snap(value: number, step: number, min: number, max: number): number {
  const onGrid = Math.round(value / step) * step;
  return Math.min(max, Math.max(min, Number(onGrid.toFixed(10))));
}

export interface PlotHandleProps extends PlotDragOptions {
  /** Where the handle sits, in data units. */
  x: number;
  y: number;
  /** Accessible name, e.g. "z marker". */
  label: string;
  /** The value the handle stands for (its slider's), its bounds and how it is read out. */
  value: number;
  min: number;
  max: number;
  valueText: string;
  /** How to move it, by pointer and by key (its accessible description and tooltip). */
  hint: string;
  color?: string;
}

/**
 * A grab handle laid over a plot (pass it as the Plot's `overlay`): a focusable slider for
 * screen readers and keys, dragged with mouse, pen or finger. Only the handle stops the page's
 * touch scrolling (touch-action: none), so a finger elsewhere on the plot still scrolls.
 */
export function PlotHandle({ x, y, label, value, min, max, valueText, hint, color = 'var(--accent)', ...drag }: PlotHandleProps) {
  const { place, handlers } = usePlotDrag(drag);
  return createElement('div', {
    role: 'slider',
    tabIndex: 0,
    className: 'nn-plot-handle',
    'aria-label': label,
    'aria-valuemin': min,
    'aria-valuemax': max,
    'aria-valuenow': value,
    'aria-valuetext': valueText,
    title: hint,
    style: { ...place(x, y), '--nn-handle-color': color } as CSSProperties,
    ...handlers,
  });
}
