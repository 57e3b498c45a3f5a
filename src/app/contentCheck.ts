import { kebabCase } from '../widgets/registry';
import { resolveParam } from '../widgets/paramRegistry';
import { findExercise } from '../widgets/Exercise/exerciseRegistry';
import type { ChapterReferences } from './chapters';
import glossary from '../../content/glossary.json';
import { termOrderProblems, type DefinedTerm } from './termOrder';

export interface ContentNames {
  /** Widget tags (folder names under src/widgets). */
  widgets: readonly string[];
  /** Glossary term ids. */
  terms: readonly string[];
  /** Where each term is defined and the words that use it (default: content/glossary.json). */
  glossary?: Readonly<Record<string, DefinedTerm>>;
}

/**
 * What in the chapters does not resolve, one line each with file and line: an unknown tag, an
 * <Exercise> or a <Term> whose id is unknown, a <ReactiveNumber> that names no number parameter,
 * a widget instance id used twice, exercises or numbers tied to a widget that is on no page, and
 * a term used before the chapter that defines it (termOrder.ts). The build fails on any of them
 * (prerender.tsx), so a typo or a term out of order never ships as a silent gap.
 */
export function contentProblems(chapters: readonly ChapterReferences[], names: ContentNames): string[] {
  const problems: string[] = [];
  const widgetTags = new Set(names.widgets);
  const terms = new Set(names.terms);
  const instances = new Map<string, string>();
  const all = chapters.flatMap((c) => c.list.map((r) => ({ ...r, where: `${c.file}:${r.line}` })));
  for (const r of all) {
    if (!widgetTags.has(r.tag) || r.tag === 'Exercise' || r.tag === 'ReactiveNumber') continue;
    const id = typeof r.attributes.id === 'string' ? r.attributes.id : kebabCase(r.tag);
    if (instances.has(id)) problems.push(`${r.where}: <${r.tag}> id "${id}" is already used at ${instances.get(id)}`);
    else instances.set(id, r.where);
  }
  for (const r of all) {
    const attr = (name: string) => (typeof r.attributes[name] === 'string' ? (r.attributes[name] as string) : '');
    if (r.tag === 'Term') {
      if (!terms.has(attr('id'))) problems.push(`${r.where}: <Term id="${attr('id')}"> is not in content/glossary.json`);
    } else if (!widgetTags.has(r.tag)) {
      if (/^[A-Z]/.test(r.tag)) problems.push(`${r.where}: <${r.tag}> is no widget (there is no src/widgets/${r.tag}/)`);
    } else if (r.tag === 'Exercise') {
      const exercise = findExercise(attr('id'));
      if (!exercise) problems.push(`${r.where}: <Exercise id="${attr('id')}"> is defined in no widget's exercises.ts`);
      else if (!instances.has(exercise.widget)) problems.push(`${r.where}: <Exercise id="${attr('id')}"> checks widget "${exercise.widget}", which no chapter shows`);
    } else if (r.tag === 'ReactiveNumber') {
      const ref = resolveParam(attr('of'));
      if ('error' in ref) problems.push(`${r.where}: <ReactiveNumber of="${attr('of')}">: ${ref.error}`);
      else if (!instances.has(ref.widget)) problems.push(`${r.where}: <ReactiveNumber of="${attr('of')}"> moves widget "${ref.widget}", which no chapter shows`);
    }
  }
  return [...problems, ...termOrderProblems(chapters, names.glossary ?? (glossary as Record<string, DefinedTerm>))];
}
