import { renderToString, renderToStaticMarkup } from 'react-dom/server';
import { Essay } from './Essay';
import { setIslandRenderer } from './Island';
import { loadAllWidgets } from '../widgets/registry';
import { preloadKatex } from '../components/katexLoader';
import { annotateChapterSizes } from './chapterSizes';

/** Renders the whole essay to HTML at build time; each widget island as its own root. */
export async function render(): Promise<string> {
  await preloadKatex();
  const widgets = await loadAllWidgets();
  setIslandRenderer((node, identifierPrefix) => renderToString(node, { identifierPrefix }));
  try {
    // The prose is static HTML: no React markers, nothing for the client to hydrate.
    return annotateChapterSizes(renderToStaticMarkup(<Essay widgets={widgets} />));
  } finally {
    setIslandRenderer(null);
  }
}
