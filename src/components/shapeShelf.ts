/**
 * The typeset shapes of one live equation, kept in the page. A slider that changes an equation's
 * shape (a layer more, a sign that adds brackets) would otherwise make the browser build and lay
 * out a fresh copy of KaTeX's markup on every step, ~1 ms per 100 elements on a slow machine.
 * Shapes it left are shelved instead — still in the DOM, but skipped by layout and paint, and out
 * of the accessibility tree (`content-visibility: hidden`, see live-math.css) — so stepping back
 * to one re-shows the copy the browser has already laid out.
 */
const SHELVED_CLASS = 'nn-livemath__shelved';

/** Shelved shapes per equation: enough for a slider dragged back and forth over a few values. */
const MAX_SHELVED = 4;

export class ShapeShelf {
  private shown: { key: string; root: Element } | null = null;
  private readonly shelved = new Map<string, Element>();

  constructor(readonly host: HTMLElement) {}

  /**
   * Shows the shape `key` and returns its root, built from `html` only if it was never shown or
   * was evicted. What the host holds when nothing is shown yet (React's markup, of the shape
   * `hostKey`) is adopted first.
   */
  show(key: string, html: () => string, hostKey: string): Element {
    // React (re)wrote the host's markup since the last call: start over from what it holds.
    if (this.shown && this.shown.root.parentNode !== this.host) this.forget();
    if (!this.shown) {
      const root = this.host.firstElementChild;
      if (root) this.shown = { key: hostKey, root };
    }
    if (this.shown?.key === key) return this.shown.root;
    if (this.shown) this.shelve(this.shown.key, this.shown.root);
    let root = this.shelved.get(key);
    if (root) {
      this.shelved.delete(key);
      root.classList.remove(SHELVED_CLASS);
    } else {
      root = parse(html());
      this.host.append(root);
    }
    this.shown = { key, root };
    return root;
  }

  /** Replaces the shown shape's markup, e.g. when its slots do not match what was expected. */
  replace(html: string): Element {
    const root = parse(html);
    if (this.shown) {
      this.shown.root.replaceWith(root);
      this.shown = { key: this.shown.key, root };
    } else {
      this.host.replaceChildren(root);
    }
    return root;
  }

  private shelve(key: string, root: Element) {
    root.classList.add(SHELVED_CLASS);
    this.shelved.set(key, root);
    if (this.shelved.size > MAX_SHELVED) {
      const [oldestKey, oldest] = this.shelved.entries().next().value as [string, Element];
      this.shelved.delete(oldestKey);
      oldest.remove();
    }
  }

  private forget() {
    this.shown = null;
    this.shelved.clear();
  }
}

/** KaTeX's output for one equation has a single root element (.katex or .katex-display). */
function parse(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild ?? document.createElement('span');
}
