import { chapterFromPath } from '../../scripts/mdx/chapter-slug.mjs';
import type { ChapterReferences } from './chapters';

/** A glossary entry as the check reads it: where it is defined, and the words that use it. */
export interface DefinedTerm {
  term: string;
  /** Where the term is defined: a chapter's slug or a section id, `chapter-slug--section-slug`. */
  defined: string;
  /** Words or phrases in plain prose that use the term (whole words, any case). */
  words?: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Terms used before they are explained, one line each with file and line: a <Term id> or a key
 * word of the glossary in a chapter that comes before the one defining it, and a glossary entry
 * whose `defined` is no section of the essay. Front matter, math, code and link text are not
 * prose (remark-export-references leaves them out): a link may name a later chapter.
 */
export function termOrderProblems(chapters: readonly ChapterReferences[], glossary: Readonly<Record<string, DefinedTerm>>): string[] {
  const problems: string[] = [];
  const orderOfSlug = new Map<string, number>();
  const sections = new Set<string>();
  for (const c of chapters) {
    const { order, slug } = chapterFromPath(c.file);
    orderOfSlug.set(slug, order);
    sections.add(slug);
    for (const id of c.sections ?? []) sections.add(id);
  }
  const definedAt = new Map<string, { order: number; slug: string }>();
  for (const [id, entry] of Object.entries(glossary)) {
    const slug = entry.defined?.split('--')[0] ?? '';
    const order = orderOfSlug.get(slug);
    if (!entry.defined || !sections.has(entry.defined) || order === undefined) {
      problems.push(`content/glossary.json: "${id}" is defined in "${entry.defined ?? ''}", which is no section of the essay`);
    } else definedAt.set(id, { order, slug });
  }
  const words = [...definedAt].flatMap(([id]) =>
    (glossary[id].words ?? []).map((word) => ({ id, pattern: new RegExp(`(?<![\\p{L}-])${escape(word)}(?![\\p{L}-])`, 'iu') })),
  );
  for (const c of chapters) {
    const { order } = chapterFromPath(c.file);
    const early = (id: string) => {
      const at = definedAt.get(id);
      return at && order < at.order ? at : undefined;
    };
    for (const r of c.list) {
      const id = typeof r.attributes.id === 'string' ? r.attributes.id : '';
      const at = r.tag === 'Term' ? early(id) : undefined;
      if (at) problems.push(`${c.file}:${r.line}: <Term id="${id}"> comes before its definition in #${at.slug} (chapter ${at.order})`);
    }
    for (const { line, text } of c.prose ?? []) {
      for (const { id, pattern } of words) {
        const at = early(id);
        const match = at && pattern.exec(text);
        if (match) problems.push(`${c.file}:${line}: "${match[0]}" is used before "${glossary[id].term}" is defined in #${at.slug} (chapter ${at.order})`);
      }
    }
  }
  return problems;
}
