import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Every end-to-end test runs with three watchers, and fails if any of them saw something:
 * console errors and uncaught exceptions, Content-Security-Policy violations, and requests to
 * any host but the site's own.
 */
export const test = base.extend<{ watch: { problems: string[] } }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const ownHost = new URL(baseURL ?? 'http://127.0.0.1/').host;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.host !== ownHost) problems.push(`request to another host: ${request.url()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use({ problems });
      expect(problems, 'console errors, CSP violations or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Scrolls a figure into view and waits until its island has been hydrated. A widget that appears
 * twice (the summary repeats chapter 7's) is told apart by its instance id.
 */
export async function openFigure(page: Page, caption: string, id?: string) {
  const named = page.getByRole('figure', { name: caption, exact: true });
  const figure = id ? named.and(page.locator(`#fig-${id}`)) : named;
  await scrollIntoView(figure);
  await expect(figure.locator('xpath=ancestor::*[@data-island][1]')).toHaveAttribute('data-hydrated', 'true');
  return figure;
}

/**
 * Scrolls to an element that may be swapped while the scroll runs: a figure is a stand-in until
 * its island renders the live figure in its place.
 */
export async function scrollIntoView(target: Locator) {
  await expect(async () => {
    await target.scrollIntoViewIfNeeded({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}

/** Time (ms) for one keyboard step on a slider to update the DOM (React flushes discrete events synchronously). */
export async function stepTime(slider: Locator, key: string): Promise<number> {
  return slider.evaluate((el, k) => {
    const t0 = performance.now();
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    return performance.now() - t0;
  }, key);
}

/**
 * Scrolls to a figure until its island has hydrated, then hands over to openFigure. Chapters use
 * content-visibility: auto, so the page can shift after the first scroll and leave the figure out
 * of view before it wakes; scrolling again until it wakes makes the test independent of that.
 */
export async function wakeFigure(page: Page, caption: string) {
  const figure = page.getByRole('figure', { name: caption, exact: true });
  const island = figure.locator('xpath=ancestor::*[@data-island][1]');
  await page.mouse.move(5, 5);
  await expect(async () => {
    await scrollIntoView(figure);
    await expect(island).toHaveAttribute('data-hydrated', 'true', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  return openFigure(page, caption);
}

/** The text of the whole page never shows a broken number. */
export async function expectNoBrokenNumbers(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/);
}

/** Scrolls through the whole essay so every island wakes, then waits until all are hydrated. */
export async function wakeAllIslands(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 500) {
      // Instant: a smooth scroll restarted every 40 ms never gets far down the page.
      window.scrollTo({ top: y, behavior: 'instant' });
      await new Promise((r) => setTimeout(r, 40));
    }
  });
  // The rest one at a time, looked up afresh: the list shrinks as each wakes.
  const asleep = page.locator('[data-island]:not([data-hydrated])');
  await expect(async () => {
    if ((await asleep.count()) > 0) await asleep.first().scrollIntoViewIfNeeded({ timeout: 2_000 });
    expect(await asleep.count()).toBe(0);
  }).toPass({ timeout: 30_000 });
}

/** Opens one chapter and wakes each of its islands by scrolling it into view. */
export async function wakeChapter(page: Page, slug: string) {
  await page.goto(`./#${slug}`);
  await page.mouse.move(10, 10);
  const islands = page.locator(`#${slug} [data-island]`);
  for (const island of await islands.all()) {
    await island.scrollIntoViewIfNeeded();
    await expect(island).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  }
}
