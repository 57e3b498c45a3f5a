import { useEffect, useMemo, useState, type RefObject } from 'react';

/**
 * The parts of the neuron a reader can point at: p1…p3 are the products wᵢxᵢ (input i and its
 * weighted arrow), pb the bias, pz the sum node, pa the activation and its output.
 */
export type AnatomyPart = 'p1' | 'p2' | 'p3' | 'pb' | 'pz' | 'pa';

export interface PointHandlers {
  onHover: (p: AnatomyPart | null) => void;
  onFocusPart: (p: AnatomyPart | null) => void;
}

/** The part whose CSS class (nn-term-p1 …) an element of the live equation carries, if any. */
export function partOfClassName(className: string): AnatomyPart | null {
  const m = /\bnn-term-(p[123bza])\b/.exec(className);
  return m ? (m[1] as AnatomyPart) : null;
}

/**
 * What the reader points at. Hover and focus are tracked apart, so a mouse leaving does not
 * clear a focused slider's term; hover wins while both are set.
 */
export function usePointing(): { highlighted: AnatomyPart | null; point: PointHandlers } {
  const [hovered, setHovered] = useState<AnatomyPart | null>(null);
  const [focused, setFocused] = useState<AnatomyPart | null>(null);
  const point = useMemo(() => ({ onHover: setHovered, onFocusPart: setFocused }), []);
  return { highlighted: hovered ?? focused, point };
}

/**
 * Pointing at a term of the live equations highlights its part of the diagram. The host draws
 * the equations, so the listeners go on its equation column, found from inside the figure.
 */
export function useEquationPointer(inside: RefObject<Element | null>, onHover: PointHandlers['onHover']) {
  useEffect(() => {
    const column = inside.current?.closest('figure')?.querySelector('.nn-widget-equation');
    if (!column) return;
    const over = (e: Event) => {
      for (let el = e.target as Element | null; el && el !== column; el = el.parentElement) {
        const part = partOfClassName(typeof el.className === 'string' ? el.className : '');
        if (part) return onHover(part);
      }
      onHover(null);
    };
    const leave = () => onHover(null);
    column.addEventListener('mouseover', over);
    column.addEventListener('mouseleave', leave);
    return () => {
      column.removeEventListener('mouseover', over);
      column.removeEventListener('mouseleave', leave);
    };
  }, [inside, onHover]);
}
