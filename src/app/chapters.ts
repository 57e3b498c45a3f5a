import type { ComponentType } from 'react';
import { chapterFromPath } from '../../scripts/mdx/chapter-slug.mjs';

interface ChapterModule {
  default: ComponentType<{ components?: Record<string, ComponentType<never>> }>;
  frontmatter?: { title?: string; summary?: string };
  sections: { id: string; title: string }[];
  references: ChapterReferences;
}

/**
 * Every JSX tag of a chapter, with its literal attributes and line, its prose line by line and its
 * section ids (remark-export-references).
 */
export interface ChapterReferences {
  file: string;
  list: { tag: string; attributes: Record<string, unknown>; line: number }[];
  prose?: { line: number; text: string }[];
  sections?: string[];
}

export interface Chapter {
  order: number;
  slug: string;
  title: string;
  summary: string;
  sections: { id: string; title: string }[];
  references: ChapterReferences;
  Body: ChapterModule['default'];
}

// Every file in content/ is a chapter, ordered by its number: adding a file adds the chapter and
// its contents entry. Only the prerender and the dev server import this; readers get the HTML.
const modules = import.meta.glob<ChapterModule>('../../content/*.mdx', { eager: true });

export const chapters: Chapter[] = Object.entries(modules)
  .map(([path, mod]) => {
    const { order, slug } = chapterFromPath(path);
    return {
      order,
      slug,
      title: mod.frontmatter?.title ?? slug,
      summary: mod.frontmatter?.summary ?? '',
      sections: mod.sections ?? [],
      references: mod.references ?? { file: path, list: [] },
      Body: mod.default,
    };
  })
  .sort((a, b) => a.order - b.order);
