/**
 * A build-time display equation or code block wider than the column (on a phone, say) scrolls
 * sideways. Such a block becomes a focusable, named region so it can be scrolled from the
 * keyboard too. A ResizeObserver keeps this true as fonts arrive and the window changes size.
 */
export function markScrollableMath(root: HTMLElement) {
  const blocks = [...root.querySelectorAll<HTMLElement>('.nn-chapter .katex-display, .nn-chapter pre')].filter(
    (element) => !element.closest('[data-island]'),
  );
  const mark = (element: HTMLElement) => {
    const overflowing = element.scrollWidth > element.clientWidth;
    const marked = element.dataset.scrollRegion === 'true';
    if (overflowing && !marked) {
      element.dataset.scrollRegion = 'true';
      element.tabIndex = 0;
      element.setAttribute('role', 'region');
      element.setAttribute('aria-label', element.tagName === 'PRE' ? 'Code (scrolls sideways)' : 'Equation (scrolls sideways)');
    } else if (!overflowing && marked) {
      delete element.dataset.scrollRegion;
      element.removeAttribute('tabindex');
      element.removeAttribute('role');
      element.removeAttribute('aria-label');
    }
  };
  if (typeof ResizeObserver === 'undefined') {
    blocks.forEach(mark);
    return;
  }
  const observer = new ResizeObserver((entries) => entries.forEach((entry) => mark(entry.target as HTMLElement)));
  blocks.forEach((element) => observer.observe(element));
  // Content can widen without the box resizing (fonts arriving): measure again then.
  void document.fonts?.ready.then(() => blocks.forEach(mark));
}
