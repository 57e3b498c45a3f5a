import type { Page } from '@playwright/test';
import { test, expect, openFigure } from './fixtures';
import { NEXT_CACHE, serveWithNextBuild, type NextBuildSite } from './nextBuild';

// The service worker is what these tests are about (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker is active and controls the page: the precache is complete then. */
async function waitForOfflineCopy(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

test.describe('Offline', () => {
  test('after one visit, the essay and the Initialization lab work with the network off', async ({ page, context }) => {
    await page.goto('./');
    await waitForOfflineCopy(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Neural Networks, Mathematically' })).toBeVisible();
    await expect(page.locator('section.nn-chapter')).not.toHaveCount(0);

    // The lab sits in chapter 3: its chunk, KaTeX and its stylesheet come from the cache.
    const figure = await openFigure(page, 'Initialization lab');
    const equation = figure.locator('.nn-figure__equation');
    // Xavier: Var(w) = 2 / (n_in + n_out) = 2 / (3 + 2) = 0.4; one step of the log2 slider makes n_in 4: 2 / 6 ≈ 0.333.
    await expect(equation).toContainText('0.4');
    await expect(equation).not.toContainText('0.333');
    await figure.getByRole('slider', { name: /n_in/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(equation).toContainText('0.333');
    await expect(figure.getByRole('status', { name: 'Var(w)', exact: true })).toHaveText('0.333');
  });
});

// The page is opened through a proxy that can deploy "the next build" (nextBuild.ts); the
// watchers of fixtures.ts then take the proxy as the site's own host.
const withNextBuild = test.extend<{ site: NextBuildSite }>({
  // eslint-disable-next-line no-empty-pattern
  site: async ({}, provide, testInfo) => {
    const site = await serveWithNextBuild(testInfo.project.use.baseURL ?? 'http://127.0.0.1:4317/');
    await provide(site);
    await site.close();
  },
  baseURL: async ({ site }, provide) => provide(site.url),
});

withNextBuild('a new version announces itself, and Reload switches to it', async ({ page, site }) => {
  // Two whole precaches (this version's, then the next one's) through the test's proxy.
  withNextBuild.setTimeout(180_000);
  await page.goto('./');
  await waitForOfflineCopy(page);
  const first = await page.evaluate(() => caches.keys());
  expect(first).toHaveLength(1);
  await expect(page.getByRole('status').filter({ hasText: 'A new version' })).toHaveCount(0);

  site.deploy();
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
  const notice = page.getByRole('status').filter({ hasText: 'A new version of the essay is ready.' });
  // The new worker first precaches the whole build (the digits alone are 7.8 MB through this
  // uncompressing proxy): on a busy machine that takes far longer than an expect's 5 s.
  await expect(notice).toBeVisible({ timeout: 90_000 });
  // Still the first version until the reader asks.
  expect(await page.evaluate(() => caches.keys())).toContain(first[0]);

  const reload = notice.getByRole('button', { name: 'Reload' });
  await reload.focus();
  const reloaded = page.waitForEvent('load');
  await page.keyboard.press('Enter');
  await reloaded;
  // The new version controls the page, and the old version's cache is gone.
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([NEXT_CACHE]);
  await expect(page.getByRole('heading', { level: 1, name: 'Neural Networks, Mathematically' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'A new version' })).toHaveCount(0);
});
