import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { getKatex, preloadKatex, subscribeKatex } from './katexLoader';
import type { Katex } from './katexLoader';
import { texToPlainText } from './texTerms';
import { markNumbers, NUMBER_CLASS, SLOT_CLASS } from './liveNumbers';
import { ShapeShelf } from './shapeShelf';
import { EQUATION_REGION, regionProps } from './scrollRegion';
import { EquationOverflow } from './equationOverflow';

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
  const scrollable = useOverflow(display);
  usePatchedNumbers(scrollable.ref, scrollable.track, katex, marked, display, first.current?.key ?? null);
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
 * `track` is told which shape is shown, to measure its width.
 */
function usePatchedNumbers(
  ref: RefObject<HTMLSpanElement | null>,
  track: (root: Element) => void,
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
      track(root);
      return;
    }
    track(root);
    for (const { glyphs, kind, index } of slots) {
      const value = (kind === NUMBER_CLASS ? marked.numbers : marked.relations)[index];
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
  }, [ref, track, katex, marked, display, hostKey]);
}

type Slot = { glyphs: Element; kind: string; index: number };
const slotCache = new WeakMap<Element, Slot[]>();

/** The number and relation slots of one typeset shape, by their indexed class (KaTeX's HTML
 * order is not TeX's: a fraction draws its denominator first), each with the element holding its
 * glyphs. Found once per shape: a step only rewrites their text, which keeps the elements. */
function slotsOf(root: Element): Slot[] {
  const known = slotCache.get(root);
  if (known) return known;
  const slots = [...root.querySelectorAll('.katex-html .enclosing')].flatMap((slot) => {
    const match = [...slot.classList].map((name) => SLOT_CLASS.exec(name)).find(Boolean);
    if (!match) return [];
    const glyphs = slot.querySelector(match[1] === NUMBER_CLASS ? '.mord' : '.mrel') ?? slot;
    return [{ glyphs, kind: match[1], index: Number(match[2]) }];
  });
  slotCache.set(root, slots);
  return slots;
}

function useOverflow(enabled: boolean) {
  const ref = useRef<HTMLSpanElement>(null);
  // Until measured, a display equation counts as overflowing (see scrollRegion.ts).
  const [on, setOn] = useState(enabled);
  const watch = useRef<EquationOverflow | null>(null);
  const track = useCallback(
    (root: Element) => {
      const box = ref.current;
      if (!enabled || !box || typeof ResizeObserver === 'undefined') return;
      if (watch.current?.box !== box) {
        watch.current?.disconnect();
        watch.current = new EquationOverflow(box, setOn);
      }
      watch.current.track(root);
    },
    [enabled],
  );
  useEffect(() => () => watch.current?.disconnect(), []);
  return { ref, on, track };
}
