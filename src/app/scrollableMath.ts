import { CODE_REGION, EQUATION_REGION, markScrollRegion } from '../components/scrollRegion';

/**
 * A build-time display equation or code block wider than the column (on a phone, say) scrolls
 * sideways. The prerender ships every such block as a focusable, named region (so one that
 * overflows is keyboard-scrollable before anything is measured: scripts/mdx/rehype-scroll-regions);
 * here, once measured, a block that fits stops being one.
 *
 * Measuring must not force layouts: reading scrollWidth of every block at load (hundreds of
 * them, most in chapters the browser has not laid out) once cost 15 full-page layouts, ~2.5 s
 * of a throttled phone's main thread. So a block is measured only inside a ResizeObserver
 * callback (layout is done by then; all reads happen before any write), and only once its
 * chapter comes near the viewport; a block its chapter has not laid out yet (size 0) waits for
 * the notification that comes when it is.
 */
const NEAR_VIEWPORT = '1200px 0px';

export function markScrollableMath(root: HTMLElement) {
  const blocks = [...root.querySelectorAll<HTMLElement>('.nn-chapter .katex-display, .nn-chapter pre')].filter(
    (element) => !element.closest('[data-island]'),
  );
  if (blocks.length === 0 || typeof ResizeObserver === 'undefined' || typeof IntersectionObserver === 'undefined') return;

  const watched = new Set<Element>();
  const sizes = new ResizeObserver((entries) => {
    const measured = entries
      .filter((entry) => entry.contentRect.width > 0)
      .map((entry) => {
        const element = entry.target as HTMLElement;
        return { element, overflowing: element.scrollWidth > element.clientWidth };
      });
    for (const { element, overflowing } of measured) mark(element, overflowing);
  });
  const chapters = new Map<Element, HTMLElement[]>();
  for (const block of blocks) {
    const chapter = block.closest('.nn-chapter');
    if (!chapter) continue;
    const list = chapters.get(chapter);
    if (list) list.push(block);
    else chapters.set(chapter, [block]);
  }
  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        near.unobserve(entry.target);
        for (const block of chapters.get(entry.target) ?? []) {
          watched.add(block);
          sizes.observe(block);
        }
      }
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  chapters.forEach((_, chapter) => near.observe(chapter));
  // Content can widen without its box resizing (fonts arriving): observing a block afresh
  // delivers a new measurement in the next frame.
  void document.fonts?.ready.then(() => {
    for (const element of watched) {
      sizes.unobserve(element);
      sizes.observe(element);
    }
  });
}

function mark(element: HTMLElement, overflowing: boolean) {
  markScrollRegion(element, overflowing, element.tagName === 'PRE' ? CODE_REGION : EQUATION_REGION);
}
