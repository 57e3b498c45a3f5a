/**
 * A link into the middle of the essay (#chapter or #fig-…) must land there. Chapters above the
 * target are laid out only as the reader nears them, from an estimated height (chapterSizes.ts);
 * as the ones beside the viewport render at their real height, the browser's own jump to the
 * target can end a chapter off. So once the first frames have rendered, and again once the fonts
 * have arrived, the target is put back at the top if it has moved — unless the reader has
 * already scrolled, typed or touched.
 */
export function keepFragmentInView(): void {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  let readerMoved = false;
  const stop = () => {
    readerMoved = true;
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) window.addEventListener(type, stop, { once: true, passive: true });
  const margin = parseFloat(getComputedStyle(target).scrollMarginTop) || 0;
  const settle = () => {
    if (readerMoved) return;
    if (Math.abs(target.getBoundingClientRect().top - margin) > 2) target.scrollIntoView({ behavior: 'instant', block: 'start' });
  };
  const afterFrames = (n: number, then: () => void) => requestAnimationFrame(() => (n > 1 ? afterFrames(n - 1, then) : then()));
  afterFrames(2, settle);
  void document.fonts?.ready.then(() => afterFrames(2, settle));
}
