import { test, expect } from './fixtures';

// The visual design (docs/DESIGN.md): the essay's own faces, loaded from the site; the prose column's
// measure.

test.describe('Typography', () => {
  test('the prose is set in Source Serif 4, loaded from the site itself', async ({ page }) => {
    await page.goto('./');
    const paragraph = page.locator('.nn-chapter > p').first();
    await expect(paragraph).toBeVisible();
    const family = await paragraph.evaluate((el) => getComputedStyle(el).fontFamily);
    expect(family.split(',')[0].trim().replace(/["']/g, '')).toBe('Source Serif 4');
    // The face the paragraph's text needs has loaded (not just been declared)…
    await expect.poll(() => page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Source Serif 4' && f.style === 'normal' && f.weight === '400').map((f) => f.status);
    })).toContain('loaded');
    expect(await page.evaluate(() => document.fonts.check('400 18px "Source Serif 4"', 'neuron'))).toBe(true);
    // …from this site's own address, as a woff2 file.
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name).filter((name) => /source-serif-4-latin-400-normal.*\.woff2$/.test(name)),
    );
    expect(fetched.length).toBeGreaterThan(0);
    for (const url of fetched) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  });

  test('a line of prose holds 60 to 75 characters at 1280 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./');
    await page.evaluate(() => document.fonts.ready);
    // Characters per line = the paragraph's width over the average width of its own characters,
    // measured by setting the same text on one line.
    const perLine = await page.locator('.nn-chapter > p').first().evaluate((p) => {
      const probe = document.createElement('span');
      probe.textContent = p.textContent;
      probe.style.whiteSpace = 'nowrap';
      p.append(probe);
      const average = probe.getBoundingClientRect().width / (probe.textContent ?? '').length;
      probe.remove();
      return p.getBoundingClientRect().width / average;
    });
    expect(perLine).toBeGreaterThanOrEqual(60);
    expect(perLine).toBeLessThanOrEqual(75);
  });
});
