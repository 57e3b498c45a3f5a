/**
 * The reading-progress bar along the top edge. A CSS scroll-driven animation would need no
 * script, but on a machine without GPU compositing it re-runs on the main thread every frame
 * (about 4 ms a frame here, slider steps included); this listener costs nothing until the
 * reader scrolls, and then one write per frame.
 */
export function trackReadingProgress(bar: HTMLElement): void {
  let frame = 0;
  let shown = '';
  const update = () => {
    frame = 0;
    const page = document.documentElement;
    const scrollable = page.scrollHeight - page.clientHeight;
    const share = scrollable > 0 ? Math.min(1, Math.max(0, page.scrollTop / scrollable)) : 0;
    const transform = `scaleX(${share.toFixed(4)})`;
    if (transform !== shown) bar.style.transform = shown = transform;
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  // Chapters render at their real height as the reader nears them: the page's length changes.
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(schedule).observe(document.body);
  schedule();
}
