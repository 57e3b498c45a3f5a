import { renderToString, renderToStaticMarkup } from 'react-dom/server';
import { Essay } from './Essay';
import { setIslandRenderer } from './Island';
import { loadAllWidgets, widgetNames } from '../widgets/registry';
import { chapters } from './chapters';
import { contentProblems } from './contentCheck';
import { glossaryEntries } from './GlossaryTerm';
import { preloadKatex } from '../components/katexLoader';
import { annotateChapterSizes } from './chapterSizes';

/** Renders the whole essay to HTML at build time; each widget island as its own root. */
export async function render(): Promise<string> {
  const problems = contentProblems(chapters.map((c) => c.references), { widgets: widgetNames, terms: glossaryEntries().map(([id]) => id) });
  if (problems.length) throw new Error(`The chapters name things that do not exist:\n${problems.join('\n')}`);
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
