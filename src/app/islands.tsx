import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { widgetLoaders } from '../widgets/registry';
import { preloadKatex } from '../components/katexLoader';
import { hasState } from '../widgets/shared/addressState';
import { islandTree } from './Island';

const identifierPrefixOf = (id: string) => `${id}-`;

function parseProps(text: string | undefined): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Brings one island to life now, wherever it is (an embedded figure is in view from the start). */
export async function wakeIsland(element: HTMLElement) {
  const name = element.dataset.island ?? '';
  const id = element.dataset.id ?? '';
  const load = widgetLoaders[name];
  if (!load) return;
  const [module] = await Promise.all([load(), preloadKatex()]);
  const tree = islandTree(name, id, module.default, parseProps(element.dataset.props));
  // The widget's boundary shows the failure and WidgetBoundary warns; React's default would log
  // a console error for an error the page has already handled.
  const options = { identifierPrefix: identifierPrefixOf(id), onCaughtError: () => {} };
  // A widget whose state comes from the address differs from the prerendered HTML, and a
  // deferred figure has only a stand-in: render those fresh rather than hydrate (React never
  // meets a mismatch). The fresh render goes into a box beside the old markup, which leaves only
  // once the new figure is in place: no frame shows an empty island.
  if (element.dataset.pending === 'true' || hasState(id, window.location.search)) {
    const host = document.createElement(element.tagName === 'SPAN' ? 'span' : 'div');
    host.className = 'nn-island__root';
    const previous = [...element.childNodes];
    element.append(host);
    flushSync(() => createRoot(host, options).render(tree));
    previous.forEach((node) => node.remove());
    delete element.dataset.pending;
  } else {
    hydrateRoot(element, tree, options);
  }
  element.dataset.hydrated = 'true';
}

/**
 * Brings each prerendered widget to life as it approaches the viewport. Prose needs no
 * JavaScript; each widget is its own lazily loaded chunk. (main.tsx loads this module only
 * after the reader's first activity, or at once for a shared link.)
 */
export function wakeIslands(root: ParentNode) {
  observeIslands([...root.querySelectorAll<HTMLElement>('[data-island]')]);
}

function observeIslands(islands: HTMLElement[]) {
  if (!('IntersectionObserver' in window)) {
    islands.forEach((el) => void wakeIsland(el));
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void wakeIsland(entry.target as HTMLElement);
      }
    },
    { rootMargin: '800px 0px' },
  );
  islands.forEach((el) => observer.observe(el));
  // A link to a figure wakes that figure first.
  const target = window.location.hash.startsWith('#fig-') ? document.getElementById(window.location.hash.slice(1)) : null;
  const island = target?.closest<HTMLElement>('[data-island]');
  if (island) {
    observer.unobserve(island);
    void wakeIsland(island);
  }
}
