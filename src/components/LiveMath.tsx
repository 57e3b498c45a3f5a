import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { getKatex, preloadKatex, subscribeKatex } from './katexLoader';
import type { Katex } from './katexLoader';
import { texToPlainText } from './texTerms';
import { markNumbers, NUMBER_CLASS, SLOT_CLASS } from './liveNumbers';
import { ShapeShelf } from './shapeShelf';
import { EQUATION_REGION, regionProps } from './scrollRegion';

export interface LiveMathProps {
  /** TeX source; may use \htmlClass{nn-term-…}{…} (see texTerm). */
  tex: string;
  /** Display (block, centred) rather than inline. */
  display?: boolean;
  /** Plain-text version shown until KaTeX has loaded (default: the TeX with commands stripped). */
  label?: string;
  className?: string;
}

const MAX_CACHE = 200;
const cache = new Map<string, string>();

/** Only our own classes are trusted (terms and patchable numbers); no links, no other HTML. */
const trust = (ctx: { command: string; class?: string }) =>
  ctx.command === '\\htmlClass' &&
  (/^nn-term-[a-z0-9-]+$/.test(ctx.class ?? '') || SLOT_CLASS.test(ctx.class ?? ''));

/** How long the MathML copy (what screen readers read) may lag behind patched digits. */
const MATHML_DELAY_MS = 250;

/** renderToString with a small LRU: sliders re-render the same few equations many times. */
function render(katex: Katex, tex: string, display: boolean, output: 'htmlAndMathml' | 'mathml' = 'htmlAndMathml'): string {
  const key = `${output === 'mathml' ? 'M' : ''}${display ? 'D' : 'I'}${tex}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const html = katex.renderToString(tex, {
    displayMode: display,
    output,
    throwOnError: false,
    maxSize: 10,
    maxExpand: 1000,
    strict: 'ignore',
    trust,
  });
  cache.set(key, html);
  if (cache.size > MAX_CACHE) cache.delete(cache.keys().next().value as string);
  return html;
}

/**
 * An equation with live numbers, typeset at runtime by the lazily loaded KaTeX; until it has
 * loaded, a plain-text fallback shows (and LiveMath starts the load), then the typeset version
 * replaces it. aria-live is not set: the caller decides what is announced.
 *
 * Speed: the equation is typeset once per shape (see liveNumbers.ts). While only its numbers
 * change, as they do on every slider step, the digits are rewritten in place before the frame is
 * painted, and the hidden MathML copy is re-typeset once the numbers have settled. A shape the
 * equation leaves is kept, laid out but out of sight, for when a step returns to it (shapeShelf.ts).
 *
 * Hydration: the server snapshot is getKatex() too, so the prerender and the hydrating first
 * render typeset iff KaTeX was preloaded on that side. The app preloads on both (prerender.tsx
 * before rendering, islands.tsx before hydrateRoot), so the markup matches; keep it that way.
 */
export function LiveMath({ tex, display = false, label, className }: LiveMathProps) {
  const katex = useSyncExternalStore(subscribeKatex, getKatex, getKatex);
  useEffect(() => {
    if (!getKatex()) preloadKatex().catch(() => { /* the fallback text stays; nothing to do */ });
  }, []);
  const marked = useMemo(() => markNumbers(tex, { relations: display }), [tex, display]);
  // React writes the first typeset shape and is never handed another (a new object would make
  // it reset innerHTML): later shapes are typeset, or taken from the shelf, by usePatchedNumbers,
  // and while the shape stays the same only the digits are brought up to date.
  const first = useRef<{ key: string; inner: { __html: string } } | null>(null);
  if (katex && first.current === null) first.current = { key: marked.skeleton, inner: { __html: render(katex, marked.marked, display) } };
  const classes = `nn-livemath${display ? ' nn-livemath--display' : ''}${className ? ` ${className}` : ''}`;
  const scrollable = useOverflow(display, tex);
  usePatchedNumbers(scrollable.ref, katex, marked, display, first.current?.key ?? null);
  if (!katex || first.current === null) {
    return <span className={`${classes} nn-livemath--fallback`}>{label ?? texToPlainText(tex)}</span>;
  }
  // A display equation wider than its box scrolls sideways; it is then a focusable, named
  // region so keyboard readers can scroll it too.
  const scrollProps = scrollable.on ? regionProps(label ?? EQUATION_REGION) : {};
  return <span ref={scrollable.ref} className={classes} {...scrollProps} dangerouslySetInnerHTML={first.current?.inner} />;
}

/**
 * Shows the typeset shape of `marked` (from the shelf, or typeset now: a shape on the shelf
 * costs no KaTeX run) and rewrites its digits to `marked.numbers`; its MathML copy follows once
 * the numbers have settled. `hostKey` is the shape React wrote, null until it has written one.
 */
function usePatchedNumbers(
  ref: RefObject<HTMLSpanElement | null>,
  katex: Katex | null,
  marked: ReturnType<typeof markNumbers>,
  display: boolean,
  hostKey: string | null,
) {
  const mathmlTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const shelf = useRef<ShapeShelf | null>(null);
  // Shapes whose MathML lags behind their digits (a shelved one keeps its lag until re-shown).
  const staleMathml = useRef(new WeakSet<Element>());
  useEffect(() => () => clearTimeout(mathmlTimer.current), []);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!katex || hostKey === null || !element) return;
    clearTimeout(mathmlTimer.current);
    if (shelf.current?.host !== element) shelf.current = new ShapeShelf(element);
    let root = shelf.current.show(marked.skeleton, () => render(katex, marked.marked, display), hostKey);
    const slots = slotsOf(root);
    if (slots.length !== marked.numbers.length + marked.relations.length) {
      // KaTeX laid the slots out some other way: typeset in full rather than guess.
      root = shelf.current.replace(render(katex, marked.marked, display));
      staleMathml.current.delete(root);
      return;
    }
    for (const { slot, kind, index } of slots) {
      const number = kind === NUMBER_CLASS;
      const glyphs = slot.querySelector(number ? '.mord' : '.mrel') ?? slot;
      const value = (number ? marked.numbers : marked.relations)[index];
      if (glyphs.textContent !== value) {
        // Rewriting the text node in place keeps its layout object; replacing it (textContent)
        // would make the browser rebuild the line around it.
        const text = glyphs.firstChild;
        if (text instanceof Text && text === glyphs.lastChild) text.data = value;
        else glyphs.textContent = value;
        staleMathml.current.add(root);
      }
    }
    if (!staleMathml.current.has(root)) return;
    const shown = root;
    mathmlTimer.current = setTimeout(() => {
      const mathml = shown.querySelector('.katex-mathml');
      const fresh = render(katex, marked.marked, display, 'mathml').match(/<math[\s\S]*<\/math>/);
      if (mathml && fresh) mathml.innerHTML = fresh[0];
      staleMathml.current.delete(shown);
    }, MATHML_DELAY_MS);
  }, [ref, katex, marked, display, hostKey]);
}

/** The number and relation slots of one typeset shape, by their indexed class (KaTeX's HTML
 * order is not TeX's: a fraction draws its denominator first). */
function slotsOf(root: Element) {
  return [...root.querySelectorAll('.katex-html .enclosing')].flatMap((slot) => {
    const match = [...slot.classList].map((name) => SLOT_CLASS.exec(name)).find(Boolean);
    return match ? [{ slot, kind: match[1], index: Number(match[2]) }] : [];
  });
}

function useOverflow(enabled: boolean, content: string) {
  const ref = useRef<HTMLSpanElement>(null);
  // Until measured, a display equation counts as overflowing (see scrollRegion.ts).
  const [on, setOn] = useState(enabled);
  // The box's own size changes (window, container) arrive through a ResizeObserver, whose
  // callback runs after layout, so reading scrollWidth there costs nothing.
  // An equation skipped while out of view (content-visibility, live-math.css) has no laid-out
  // width to measure: it keeps what it measured when last shown, and is measured again when shown
  // (a box that keeps its size fires no resize).
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      if (!isRendered(element)) return;
      setOn(element.scrollWidth > element.clientWidth + 1);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener('contentvisibilityautostatechange', measure);
    return () => {
      observer.disconnect();
      element.removeEventListener('contentvisibilityautostatechange', measure);
    };
  }, [enabled]);
  // New content can overflow without the box changing size. Reading scrollWidth right after a
  // slider step would force an extra layout per equation; in the next animation frame, the first
  // read does the frame's layout early and the others are free.
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || typeof requestAnimationFrame === 'undefined') return;
    const frame = requestAnimationFrame(() => {
      if (isRendered(element)) setOn(element.scrollWidth > element.clientWidth + 1);
    });
    return () => cancelAnimationFrame(frame);
  }, [enabled, content]);
  return { ref, on };
}

/** Whether the equation's contents are laid out: not skipped as off-screen, its own or its chapter's. */
function isRendered(element: HTMLElement): boolean {
  const inside = element.firstElementChild;
  return !inside || typeof inside.checkVisibility !== 'function' || inside.checkVisibility({ contentVisibilityAuto: true });
}
