import 'katex/dist/katex.min.css';
import { bindThemeToggle } from './theme';
import { wakeIslands } from './islands';
import { trackContents } from './contentsTracker';
import { bindGlossaryKeys } from './glossaryKeys';
import { markScrollableMath } from './scrollableMath';

// Every stylesheet of the app, its components and widgets, in the first CSS file: a widget
// that loads later must not shift the layout when its styles arrive.
import.meta.glob('../**/*.css', { eager: true });

function start(root: HTMLElement, prerendered: boolean) {
  const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (toggle) bindThemeToggle(toggle);
  trackContents(root);
  bindGlossaryKeys(root);
  markScrollableMath(root);
  if (prerendered) wakeIslands(root);
}

const root = document.getElementById('essay');
if (root) {
  if (root.querySelector('main')) {
    start(root, true);
  } else {
    // Dev server: no prerendered HTML, render everything here.
    void import('./renderDev').then(({ renderDev }) => renderDev(root)).then(() => requestAnimationFrame(() => {
      start(root, false);
      if (window.location.hash) document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
    }));
  }
}
