import { expect, type Page } from '@playwright/test';
import { scrollIntoView } from './fixtures';

/** A figure by caption inside one chapter (the opening and chapter 1 both show "Neuron anatomy"). */
export async function openFigureIn(page: Page, chapter: string, caption: string) {
  const figure = page.locator(`section#${chapter}`).getByRole('figure', { name: caption, exact: true });
  await scrollIntoView(figure);
  await expect(figure.locator('xpath=ancestor::*[@data-island][1]')).toHaveAttribute('data-hydrated', 'true');
  return figure;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
/** A number as the page shows it: 3 decimals, trailing zeros trimmed, Unicode minus. */
export const shown = (x: number) => Number(x.toFixed(3)).toString().replace('-', '\u2212');

/** Screenshots of a figure at 1280 px and 360 px, when SCREENSHOTS=dir is set. */
export async function shoot(page: Page, figureSelector: string, name: string) {
  const dir = process.env.SCREENSHOTS;
  if (!dir) return;
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    const figure = page.locator(figureSelector);
    await scrollIntoView(figure);
    await page.waitForTimeout(300);
    await figure.screenshot({ path: `${dir}/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
