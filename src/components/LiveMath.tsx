import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { getKatex, preloadKatex, subscribeKatex } from './katexLoader';
import type { Katex } from './katexLoader';
import { texToPlainText } from './texTerms';

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

/** Only our own term classes are trusted; no links, no other HTML extensions. */
const trust = (ctx: { command: string; class?: string }) =>
  ctx.command === '\\htmlClass' && /^nn-term-[a-z0-9-]+$/.test(ctx.class ?? '');

/** renderToString with a small LRU: sliders re-render the same few equations many times. */
function render(katex: Katex, tex: string, display: boolean): string {
  const key = `${display ? 'D' : 'I'}${tex}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const html = katex.renderToString(tex, {
    displayMode: display,
    output: 'htmlAndMathml',
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
 * Hydration: the server snapshot is getKatex() too, so the prerender and the hydrating first
 * render typeset iff KaTeX was preloaded on that side. The app preloads on both (prerender.tsx
 * before rendering, islands.tsx before hydrateRoot), so the markup matches; keep it that way.
 */
export function LiveMath({ tex, display = false, label, className }: LiveMathProps) {
  const katex = useSyncExternalStore(subscribeKatex, getKatex, getKatex);
  useEffect(() => {
    if (!getKatex()) preloadKatex().catch(() => { /* the fallback text stays; nothing to do */ });
  }, []);
  const classes = `nn-livemath${display ? ' nn-livemath--display' : ''}${className ? ` ${className}` : ''}`;
  const scrollable = useOverflow(display, tex);
  if (!katex) {
    return <span className={`${classes} nn-livemath--fallback`}>{label ?? texToPlainText(tex)}</span>;
  }
  // A display equation wider than its box scrolls sideways; it is then a focusable, named
  // region so keyboard readers can scroll it too.
  const scrollProps = scrollable.on ? { tabIndex: 0, role: 'region', 'aria-label': label ?? 'Equation (scrolls sideways)' } : {};
  return <span ref={scrollable.ref} className={classes} {...scrollProps} dangerouslySetInnerHTML={{ __html: render(katex, tex, display) }} />;
}

function useOverflow(enabled: boolean, content: string) {
  const ref = useRef<HTMLSpanElement>(null);
  const [on, setOn] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOn(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled, content]);
  return { ref, on };
}
