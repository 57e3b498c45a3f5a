import 'katex/dist/katex.min.css';
import { bindThemeToggle } from './theme';
import { trackContents } from './contentsTracker';
import { bindContentsDisclosure } from './contentsDisclosure';
import { bindGlossaryKeys } from './glossaryKeys';
import { markScrollableMath } from './scrollableMath';
import { afterFirstActivity } from './firstActivity';
import { trackReadingProgress } from './readingProgress';
import { keepFragmentInView } from './fragmentAnchor';
import { EMBED_PARAM } from '../widgets/shared/embedNames';

// Every stylesheet of the app, its components and widgets, in the first CSS file: a widget
// that loads later must not shift the layout when its styles arrive.
import.meta.glob(['../**/*.css', '!../**/*.lazy.css'], { eager: true });
// Faces that only a later visit uses (fonts-later.lazy.css says why), once the page has loaded.
const loadLaterFaces = () => void import('../styles/fonts-later.lazy.css');
if (document.readyState === 'complete') loadLaterFaces();
else window.addEventListener('load', loadLaterFaces, { once: true });

function start(root: HTMLElement, prerendered: boolean) {
  const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (toggle) bindThemeToggle(toggle);
  const progress = root.querySelector<HTMLElement>('.nn-progress');
  if (progress) trackReadingProgress(progress);
  trackContents(root);
  const contents = root.querySelector<HTMLDetailsElement>('.nn-contents-details');
  if (contents) bindContentsDisclosure(contents);
  bindGlossaryKeys(root);
  markScrollableMath(root);
  if (!prerendered) return;
  keepFragmentInView();
  // Nothing wakes before the reader does something: the first paint and the first seconds of a
  // visit carry no framework and no hydration work. React and the island loader come on demand.
  // A shared link (address state, or a #chapter / #fig- target) wakes at once: it must show the
  // linked state, and the reader has arrived where the figures are.
  const wake = () => void import('./islands').then(({ wakeIslands }) => wakeIslands(root));
  const linked = window.location.search.length > 1 || window.location.hash.length > 1;
  if (linked) wake();
  else afterFirstActivity(wake);
}

/**
 * `?embed=fig-…`: the one figure alone, alive at once (embed.ts, loaded only for an embed; the
 * essay stays hidden meanwhile, see embed.css).
 */
function startEmbed(root: HTMLElement, requested: string) {
  void Promise.all([import('./embed'), import('./islands')]).then(([{ showEmbed }, { wakeIsland }]) => {
    const island = showEmbed(root, requested);
    markScrollableMath(root);
    if (island) void wakeIsland(island);
  });
}

/**
 * The service worker (offline reading, the "new version" notice) registers once the page has
 * loaded: it must not compete with the first paint. Never under `vite dev`, whose modules it
 * would cache.
 */
function registerServiceWorkerAfterLoad() {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const register = () => void import('./serviceWorker').then(({ registerServiceWorker }) => registerServiceWorker());
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

const root = document.getElementById('essay');
const embed = new URLSearchParams(window.location.search).get(EMBED_PARAM);
if (root) {
  if (embed !== null && root.querySelector('main')) {
    startEmbed(root, embed);
  } else if (root.querySelector('main')) {
    start(root, true);
  } else if (import.meta.env.DEV) {
    // Dev server: no prerendered HTML, render everything here. (Left out of the production
    // build, where the HTML is always prerendered.) An embed needs the prerendered islands, so
    // the dev server shows the whole essay instead.
    delete document.documentElement.dataset.embed;
    void import('./renderDev').then(({ renderDev }) => renderDev(root)).then(() => requestAnimationFrame(() => {
      start(root, false);
      if (window.location.hash) document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
    }));
  }
}
registerServiceWorkerAfterLoad();
