import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every figure id in the built page (`fig-…`), read from the prerendered HTML. */
export function builtFigureIds(): string[] {
  const html = readFileSync(join(process.env.OUT_DIR ?? 'dist', 'index.html'), 'utf8');
  return [...new Set([...html.matchAll(/<figure id="fig-([^"]+)"/g)].map((m) => m[1]))];
}

/** Every chapter's slug, in order, from the prerendered HTML. */
export function builtChapterSlugs(): string[] {
  const html = readFileSync(join(process.env.OUT_DIR ?? 'dist', 'index.html'), 'utf8');
  return [...html.matchAll(/<section id="([^"]+)" class="nn-chapter"/g)].map((m) => m[1]);
}
