/**
 * Whether a live display equation is wider than its box, without forcing a layout. Two widths
 * come from one ResizeObserver, whose callbacks run after the frame's layout: the box's, and the
 * typeset line's (KaTeX's .katex-html, which live-math.css shrink-wraps to its content). A slider
 * step that changes the digits changes the line's width, and the observer says so in that frame.
 *
 * Reading scrollWidth instead needs a layout of its own; and an equation skipped while out of
 * view (content-visibility) would first have to be tested for that with checkVisibility, which
 * forces style and layout for the whole page — ~3 ms a step with every chapter in it. The
 * observer says nothing of a skipped line until it is shown, and then reports its width.
 */
export class EquationOverflow {
  private readonly observer: ResizeObserver;
  private root: Element | null = null;
  private line: Element | null = null;
  private boxWidth = 0;
  private lineWidth = 0;

  constructor(
    readonly box: HTMLElement,
    private readonly onChange: (overflowing: boolean) => void,
  ) {
    this.observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        if (entry.target === this.box) this.boxWidth = entry.contentRect.width;
        else if (entry.target === this.line) this.lineWidth = entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
      }
      // Both measured (a box of width 0 is not laid out yet): one pixel of slack for rounding.
      if (this.boxWidth > 0 && this.lineWidth > 0) this.onChange(this.lineWidth > this.boxWidth + 1);
    });
    this.observer.observe(box);
  }

  /** Watches the typeset line of the shape now shown in the box (`root`, one of its children). */
  track(root: Element) {
    // Told on every step; the line is looked up only when the shape shown is another one.
    if (root === this.root) return;
    this.root = root;
    const line = root.querySelector('.katex-html');
    if (line === this.line) return;
    if (this.line) this.observer.unobserve(this.line);
    this.line = line;
    this.lineWidth = 0;
    if (line) this.observer.observe(line);
  }

  disconnect() {
    this.observer.disconnect();
  }
}
