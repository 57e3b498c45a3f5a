import { useEffect, type RefObject } from 'react';

/**
 * While the reader works a figure's controls, the figure does not shrink: a slider stepped back
 * and forth over a value that adds a row (a vector's length, a layer more) would otherwise move
 * everything below it on every step — the text jumps under the reader's eyes, and the browser
 * lays out and repaints the rest of the chapter each time (for a chapter of equations, more work
 * than the figure's own update). The hold starts at the first input, click or drag in the figure
 * and ends when focus leaves it, a <details> in it opens or closes (a panel the reader asked to
 * show or hide should move the page), or its width changes (the content reflows anyway).
 */
export function useSteadyHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let holding = false;
    let tallest = 0;
    let width = -1;
    const hold = () => {
      if (holding) return;
      holding = true;
      tallest = element.getBoundingClientRect().height;
      element.style.minHeight = `${tallest}px`;
    };
    const release = () => {
      holding = false;
      tallest = 0;
      element.style.minHeight = '';
    };
    const observer = new ResizeObserver(([entry]) => {
      const box = entry.borderBoxSize?.[0];
      const inline = box ? box.inlineSize : entry.contentRect.width;
      if (width >= 0 && Math.abs(inline - width) > 0.5) release();
      width = inline;
      const height = box ? box.blockSize : entry.contentRect.height;
      if (holding && height > tallest + 0.5) {
        tallest = height;
        element.style.minHeight = `${tallest}px`;
      }
    });
    observer.observe(element);
    const leave = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && element.contains(event.relatedTarget))) release();
    };
    const starts = ['input', 'click', 'pointerdown', 'keydown'] as const;
    for (const type of starts) element.addEventListener(type, hold, true);
    element.addEventListener('toggle', release, true);
    element.addEventListener('focusout', leave);
    return () => {
      observer.disconnect();
      for (const type of starts) element.removeEventListener(type, hold, true);
      element.removeEventListener('toggle', release, true);
      element.removeEventListener('focusout', leave);
      element.style.minHeight = '';
    };
  }, [ref]);
}
