import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openFigure, scrollIntoView } from './fixtures';

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

/**
 * A figure far down the page. Chapters off screen are laid out at a placeholder height
 * (content-visibility: auto), so a direct jump to a figure can land beside the chapter: scroll to
 * it, let the layout settle, then open it. A widget shown twice is told apart by its instance id.
 */
export async function openFar(page: Page, caption: string, id?: string) {
  await page.waitForLoadState('networkidle');
  const named = page.getByRole('figure', { name: caption, exact: true });
  await scrollIntoView(id ? named.and(page.locator(`#fig-${id}`)) : named);
  await expect.poll(async () => {
    const before = await page.evaluate(() => document.body.scrollHeight);
    await page.waitForTimeout(300);
    return (await page.evaluate(() => document.body.scrollHeight)) === before;
  }).toBe(true);
  return openFigure(page, caption, id);
}
