/**
 * A build-time display equation wider than the column (on a phone, say) scrolls sideways. Such
 * an equation becomes a focusable, named region so it can be scrolled from the keyboard too.
 */
export function markScrollableMath(root: HTMLElement) {
  const equations = [...root.querySelectorAll<HTMLElement>('.nn-chapter > .katex-display, .nn-chapter .katex-display')].filter(
    (element) => !element.closest('.nn-livemath'),
  );
  const mark = () => {
    for (const element of equations) {
      const overflowing = element.scrollWidth > element.clientWidth + 1;
      if (overflowing && !element.hasAttribute('tabindex')) {
        element.tabIndex = 0;
        element.setAttribute('role', 'region');
        element.setAttribute('aria-label', 'Equation (scrolls sideways)');
      } else if (!overflowing && element.hasAttribute('tabindex')) {
        element.removeAttribute('tabindex');
        element.removeAttribute('role');
        element.removeAttribute('aria-label');
      }
    }
  };
  // Measuring every equation forces a layout of the whole essay: do it when the page is idle.
  const idle = (window as { requestIdleCallback?: (fn: () => void) => void }).requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
  idle(mark);
  let timer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('resize', () => {
    clearTimeout(timer);
    timer = setTimeout(mark, 150);
  });
}
