import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { snap, stepValue } from './plot/usePlotDrag';

export interface ValueDragOptions {
  value: number;
  min: number;
  max: number;
  /** The parameter's grid: a drag lands on it, an arrow key moves one step. */
  step: number;
  /** Vertical pointer travel, in the drawing's own units (its viewBox), that spans the whole range. */
  travel: number;
  onChange: (value: number) => void;
  /** Accessible name, e.g. "Drag handle: input 1". */
  label: string;
  valueText: string;
  /** The press that starts a drag or the focus that comes with it (e.g. to point at a part). */
  onFocus?: () => void;
  onBlur?: () => void;
}

const ARROWS: Record<string, number> = { ArrowUp: 1, ArrowRight: 1, ArrowDown: -1, ArrowLeft: -1 };
const PAGES: Record<string, number> = { PageUp: 1, PageDown: -1 };

/**
 * A part of a diagram (an SVG node or edge) grabbed and pulled up or down to change one value:
 * pointer events (mouse, pen, finger) measured in the drawing's own units, so the same pull
 * changes the value by the same amount however large the figure is drawn. Focusable and
 * operated by keys as the figure's sliders are (arrows a step, PageUp/PageDown a tenth,
 * Home/End). The props go on the SVG element that is grabbed (or use DragHandle).
 */
export function useValueDrag({ value, min, max, step, travel, onChange, label, valueText, onFocus, onBlur }: ValueDragOptions) {
  const drag = useRef<{ id: number; clientY: number; value: number; pixelsPerUnit: number } | null>(null);
  const change = (next: number) => {
    if (Number.isFinite(next) && next !== value) onChange(next);
  };

  const onPointerDown = (e: PointerEvent<SVGElement>) => {
    if (e.button !== 0) return;
    const svg = e.currentTarget.ownerSVGElement;
    const matrix = svg?.getScreenCTM?.();
    // The vertical scale from viewBox units to client pixels.
    const pixelsPerUnit = matrix ? Math.hypot(matrix.c, matrix.d) : 0;
    if (!(pixelsPerUnit > 0)) return;
    e.preventDefault();
    e.currentTarget.focus({ preventScroll: true });
    try {
      e.currentTarget.setPointerCapture(e.pointerId);
    } catch {
      /* a pointer the browser no longer tracks: the drag works without capture */
    }
    drag.current = { id: e.pointerId, clientY: e.clientY, value, pixelsPerUnit };
  };
  const onPointerMove = (e: PointerEvent<SVGElement>) => {
    const d = drag.current;
    if (d?.id !== e.pointerId) return;
    // Up is more: client y grows downwards.
    const units = (d.clientY - e.clientY) / d.pixelsPerUnit;
    change(snap(d.value + (units * (max - min)) / travel, step, min, max));
  };
  const end = (e: PointerEvent<SVGElement>) => {
    if (drag.current?.id === e.pointerId) drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<SVGElement>) => {
    if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      change(e.key === 'Home' ? min : max);
      return;
    }
    // PageUp/PageDown move a tenth of the range, as the figure's own sliders do.
    const steps = ARROWS[e.key] ?? (PAGES[e.key] ?? 0) * Math.max(1, Math.round((max - min) / 10 / step));
    if (steps === 0) return;
    e.preventDefault();
    change(stepValue(value, steps, step, min, max));
  };

  return {
    role: 'slider' as const,
    tabIndex: 0,
    className: 'nn-value-drag',
    'aria-label': label,
    'aria-orientation': 'vertical' as const,
    'aria-valuemin': min,
    'aria-valuemax': max,
    'aria-valuenow': value,
    'aria-valuetext': valueText,
    onPointerDown,
    onPointerMove,
    onPointerUp: end,
    onPointerCancel: end,
    onLostPointerCapture: end,
    onKeyDown,
    onFocus,
    onBlur,
  };
}
