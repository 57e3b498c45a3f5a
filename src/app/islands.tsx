import { createRoot, hydrateRoot } from 'react-dom/client';
import { widgetLoaders } from '../widgets/registry';
import { preloadKatex } from '../components/katexLoader';
import { hasState } from '../widgets/shared/addressState';
import { islandTree } from './Island';

function parseProps(text: string | undefined): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

async function wake(element: HTMLElement) {
  const name = element.dataset.island ?? '';
  const id = element.dataset.id ?? '';
  const load = widgetLoaders[name];
  if (!load) return;
  const [module] = await Promise.all([load(), preloadKatex()]);
  const tree = islandTree(name, id, module.default, parseProps(element.dataset.props));
  const identifierPrefix = `${id}-`;
  // A widget whose state comes from the address differs from the prerendered HTML: render it
  // fresh rather than hydrate it, so React never meets a mismatch.
  if (hasState(id, window.location.search)) {
    element.replaceChildren();
    createRoot(element, { identifierPrefix }).render(tree);
  } else {
    hydrateRoot(element, tree, { identifierPrefix });
  }
  element.dataset.hydrated = 'true';
}

/**
 * Brings each prerendered widget to life as it approaches the viewport. Prose needs no
 * JavaScript; each widget is its own lazily loaded chunk.
 */
export function wakeIslands(root: ParentNode) {
  const islands = [...root.querySelectorAll<HTMLElement>('[data-island]')];
  if (!('IntersectionObserver' in window)) {
    islands.forEach((el) => void wake(el));
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void wake(entry.target as HTMLElement);
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
    void wake(island);
  }
}
