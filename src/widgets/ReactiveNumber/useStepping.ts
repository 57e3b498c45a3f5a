import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

/**
 * Keys and a sideways drag that move a number on its grid: arrows ±1 step, PageUp/PageDown ±10,
 * Home/End to the bounds, Enter or Space to type; dragging moves one step per 4 px (fine enough
 * to aim, coarse enough to hold still).
 */
export function useStepping(value: number, step: number, min: number, max: number, set: (x: number) => void, edit: () => void) {
  const drag = useRef<{ x: number; start: number } | null>(null);
  const end = () => {
    drag.current = null;
  };
  return {
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      const moves: Record<string, number> = { ArrowRight: step, ArrowUp: step, ArrowLeft: -step, ArrowDown: -step, PageUp: step * 10, PageDown: -step * 10 };
      if (event.key in moves) set(value + moves[event.key]);
      else if (event.key === 'Home') set(min);
      else if (event.key === 'End') set(max);
      else if (event.key === 'Enter' || event.key === ' ') edit();
      else return;
      event.preventDefault();
    },
    onPointerDown(event: PointerEvent<HTMLElement>) {
      event.currentTarget.setPointerCapture(event.pointerId);
      drag.current = { x: event.clientX, start: value };
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      if (drag.current) set(drag.current.start + Math.round((event.clientX - drag.current.x) / 4) * step);
    },
    onPointerUp: end,
    onPointerCancel: end,
  };
}
