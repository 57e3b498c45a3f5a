import AxeBuilder from '@axe-core/playwright';
import { test, expect, wakeChapter, expectNoBrokenNumbers } from './fixtures';
import { builtChapterSlugs } from './figures';

// Chapter by chapter, with every widget awake: zero axe-core violations in light and dark
// themes and on a phone, and no sideways scrolling at 320 and 375 px.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const violations = async (page: import('@playwright/test').Page, slug: string) => {
  const results = await new AxeBuilder({ page }).include(`#${slug}`).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
};

test('the page shell (header and contents) has no axe-core violations', async ({ page }) => {
  await page.goto('./');
  const results = await new AxeBuilder({ page }).include('header').include('nav').withTags(TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

for (const slug of builtChapterSlugs()) {
  test.describe(`chapter #${slug}`, () => {
    test('no axe-core violations, light theme', async ({ page }) => {
      await wakeChapter(page, slug);
      expect(await violations(page, slug)).toEqual([]);
      await expectNoBrokenNumbers(page);
    });

    test('no axe-core violations, dark theme', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, colorScheme: 'dark' });
      const page = await context.newPage();
      await wakeChapter(page, slug);
      expect(await violations(page, slug)).toEqual([]);
      await context.close();
    });

    test('fits 320 and 375 px phones: no sideways scrolling; no axe-core violations at 375 px', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      await wakeChapter(page, slug);
      // One page, two widths: the figures are awake once, and each width is laid out afresh.
      for (const width of [320, 375]) {
        await page.setViewportSize({ width, height: 800 });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width} px`).toBeLessThanOrEqual(0);
        const wide = await page.evaluate(
          ({ w, slug }) => {
            const offenders: string[] = [];
            for (const el of document.querySelectorAll<HTMLElement>(`#${slug} *`)) {
              // Content that scrolls in its own box, or is visually hidden (KaTeX's MathML copy for screen readers).
              if (el.closest('.nn-scrollbox, .katex-display, .nn-livemath--display, pre, .nn-term__tip, .nn-figure__equation, .katex-mathml')) continue;
              // Marks inside an SVG are clipped by it; the SVG itself is checked.
              if ((el as unknown as SVGElement).ownerSVGElement) continue;
              const r = el.getBoundingClientRect();
              if (r.width > 0 && r.right > w + 1) offenders.push(`${el.tagName}.${String(el.className)}`);
            }
            return offenders.slice(0, 5);
          },
          { w: width, slug },
        );
        expect(wide, `${width} px`).toEqual([]);
      }
      expect(await violations(page, slug)).toEqual([]);
      await context.close();
    });
  });
}
