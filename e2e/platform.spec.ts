import { test, expect } from './fixtures';

test.describe('The essay platform', () => {
  test('the prerendered page reads without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseURL!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neural Networks, Mathematically');
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /One neuron/, level: 2 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'A calculation by hand', level: 3 })).toBeVisible();
    // Build-time KaTeX: typeset HTML plus MathML for screen readers.
    expect(await page.locator('.katex math').count()).toBeGreaterThan(3);
    await expect(page.getByRole('figure', { name: 'A calculation by hand' }).first()).toBeVisible();
    // Every chapter's widgets are in the HTML already, with their captions.
    expect(await page.getByRole('figure').count()).toBeGreaterThanOrEqual(30);
    await context.close();
  });

  test('carries a Content-Security-Policy without eval or inline script', async ({ page }) => {
    await page.goto('./');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(await page.locator('script:not([src])').count()).toBe(0);
  });

  test('contents list links every chapter', async ({ page }) => {
    await page.goto('./');
    const nav = page.getByRole('navigation', { name: 'Contents' });
    const chapters = await page.locator('section.nn-chapter').evaluateAll((els) => els.map((el) => el.id));
    expect(chapters.length).toBeGreaterThan(0);
    for (const id of chapters) await expect(nav.locator(`a[href="#${id}"]`)).toHaveCount(1);
  });
});
