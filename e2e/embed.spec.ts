import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openFigure, expectNoBrokenNumbers } from './fixtures';
import { builtFigureIds } from './figures';

const LAB = 'initialization-lab';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Nothing of the essay around the figure: no header, contents, chapter, progress bar or footer. */
async function expectFigureAlone(page: Page, id: string) {
  await expect(page.getByRole('figure')).toHaveCount(1);
  await expect(page.locator(`#fig-${id}`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(0);
  await expect(page.locator('section.nn-chapter, .nn-site-header, .nn-progress, .nn-footer, .nn-skip-link')).toHaveCount(0);
}

/** The lab's variance equation and readout, for the state the address or the slider gives. */
async function expectLabVariance(page: Page, shown: string) {
  const figure = page.locator(`#fig-${LAB}`);
  await expect(figure.locator('.nn-figure__equation')).toContainText(shown);
  await expect(figure.getByRole('status', { name: 'Var(w)', exact: true })).toHaveText(shown);
}

test.describe('Embedding one figure', () => {
  test('?embed=fig-initialization-lab shows that figure alone, full width and alive without scrolling', async ({ page }) => {
    await page.goto(`./?embed=fig-${LAB}`);
    await expect(page.locator(`[data-id="${LAB}"][data-hydrated="true"]`)).toBeAttached();
    await expectFigureAlone(page, LAB);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page).toHaveTitle('Initialization lab — Neural Networks, Mathematically');
    const { figure, viewport } = await page.evaluate(() => ({
      figure: document.querySelector('figure')!.getBoundingClientRect().width,
      viewport: document.documentElement.clientWidth,
    }));
    // Full width: all but the embed's padding (0.75rem each side at 16 px).
    expect(figure).toBeGreaterThanOrEqual(viewport - 2 * 12 - 1);

    // Xavier: Var(w) = 2 / (3 + 2) = 0.4; one step of the log2 slider makes n_in 4: 2 / (4 + 2) ≈ 0.333.
    await expectLabVariance(page, '0.4');
    await page.getByRole('slider', { name: /n_in/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expectLabVariance(page, '0.333');
    // The address keeps following the state, and keeps the embed.
    await expect.poll(() => page.url()).toContain(`${LAB}.nIn=4`);
    expect(page.url()).toContain(`embed=fig-${LAB}`);
    // The link to the essay carries the state as it is when followed.
    const source = page.getByRole('link', { name: /read it in full/ });
    await source.focus();
    await expect(source).toHaveAttribute('href', new RegExp(`\\?${LAB}\\.nIn=4#fig-${LAB}$`));
    await expectNoBrokenNumbers(page);
  });

  test('the state comes from the address, as with Copy link', async ({ page }) => {
    // He: Var(w) = 2 / n_in = 2 / 4 = 0.5, σ = √0.5 ≈ 0.707.
    await page.goto(`./?${LAB}.nIn=4&${LAB}.scheme=he&embed=fig-${LAB}`);
    await expectFigureAlone(page, LAB);
    await expectLabVariance(page, '0.5');
    await expect(page.getByRole('status', { name: 'σ', exact: true })).toHaveText('0.707');
    await expect(page.getByRole('radio', { name: 'He/Kaiming' })).toBeChecked();
  });

  test('an iframe in a parent page gets the height of the figure, and a new one when it resizes', async ({ page, baseURL }) => {
    const src = new URL(`./?embed=fig-${LAB}`, baseURL).href;
    // The parent listens as a course page would, from the start.
    await page.setContent(
      '<!doctype html><title>Course</title>' +
        "<script>window.heights = []; addEventListener('message', (event) => heights.push(event.data));</script>" +
        `<iframe id="embed" src="${src}" title="Initialization lab" width="900" height="150" style="border:0"></iframe>`,
    );
    const lastHeight = () =>
      page.evaluate(() => {
        const heights = (window as unknown as { heights: { type?: string; id?: string; height?: number }[] }).heights;
        const ours = heights.filter((m) => m && m.type === 'nn-embed-height' && m.id === 'fig-initialization-lab');
        return ours.length ? ours[ours.length - 1].height ?? 0 : 0;
      });
    const frame = page.frameLocator('#embed');
    await expect(frame.locator(`[data-id="${LAB}"][data-hydrated="true"]`)).toBeAttached();
    await expect.poll(lastHeight).toBeGreaterThan(300);

    // Sized to the message, the iframe shows the whole figure with no scrolling inside it.
    const fits = async () => {
      const height = await lastHeight();
      await page.evaluate((h) => document.getElementById('embed')!.setAttribute('height', String(h)), height);
      const inner = page.frames().find((f) => f.url().includes('embed='))!;
      return inner.evaluate(() => ({
        scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
        figureInside: document.querySelector('figure')!.getBoundingClientRect().bottom <= window.innerHeight,
      }));
    };
    await expect.poll(fits).toEqual({ scrolls: false, figureInside: true });

    // A phone-width column stacks the figure: taller, and the parent hears of it.
    const wide = await lastHeight();
    await page.evaluate(() => document.getElementById('embed')!.setAttribute('width', '340'));
    await expect.poll(lastHeight).toBeGreaterThan(wide);
    await expect.poll(fits).toEqual({ scrolls: false, figureInside: true });
  });

  test('an unknown or hostile figure id shows a clear message, never a blank page', async ({ page }) => {
    const requests = [
      'fig-no-such-figure',
      'fig-%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      'main', // an element of the page that is no figure
      'fig-initialization-lab%22%5D%2C%20*',
      `fig-${'x'.repeat(5000)}`,
      '',
    ];
    for (const request of requests) {
      await page.goto(`./?embed=${request}`);
      const message = page.locator('.nn-embed__missing');
      await expect(message).toBeVisible();
      await expect(message).toContainText(/figure/);
      await expect(page.getByRole('figure')).toHaveCount(0);
      await expect(page.locator('section.nn-chapter, .nn-site-header, img')).toHaveCount(0);
      await expect(page.getByRole('link', { name: /Read the essay/ })).toBeVisible();
      // The message quotes at most the start of what was asked.
      expect((await message.textContent())!.length).toBeLessThan(400);
    }
  });

  test('every figure of the essay can be embedded and comes alive alone', async ({ page }) => {
    test.setTimeout(180_000);
    for (const id of builtFigureIds()) {
      await page.goto(`./?embed=fig-${id}`);
      await expect(page.locator(`[data-id="${id}"][data-hydrated="true"]`), id).toBeAttached();
      await expect(page.getByRole('figure'), id).toHaveCount(1);
      await expect(page.getByRole('alert'), id).toHaveCount(0);
    }
  });

  for (const [name, options] of [
    ['light', {}],
    ['dark', { colorScheme: 'dark' as const }],
    ['phone', { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true }],
  ] as const) {
    test(`no axe-core violations in the embed view (${name})`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, ...options });
      const page = await context.newPage();
      await page.goto(`./?embed=fig-${LAB}`);
      await expect(page.locator(`[data-id="${LAB}"][data-hydrated="true"]`)).toBeAttached();
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      await page.goto('./?embed=fig-no-such-figure');
      await expect(page.locator('.nn-embed__missing')).toBeVisible();
      expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
      await context.close();
    });
  }
});

test.describe('Copy embed code', () => {
  test('puts an iframe with a title and the figure’s state on the clipboard, and the snippet opens it so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./#fig-initialization-lab');
    const figure = await openFigure(page, 'Initialization lab');
    await figure.getByRole('slider', { name: /n_in/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(figure.getByRole('status', { name: 'Var(w)', exact: true })).toHaveText('0.333');
    await figure.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(figure.getByText('Embed code copied')).toBeVisible();
    const code = await page.evaluate(() => navigator.clipboard.readText());

    // Read as a browser reads it: one iframe element, nothing else.
    const iframe = await page.evaluate((html) => {
      const body = new DOMParser().parseFromString(html, 'text/html').body;
      const element = body.querySelector('iframe');
      return {
        elements: body.children.length,
        src: element?.getAttribute('src') ?? '',
        title: element?.getAttribute('title') ?? '',
        height: Number(element?.getAttribute('height')),
        width: element?.getAttribute('width'),
        loading: element?.getAttribute('loading'),
      };
    }, code);
    expect(iframe.elements).toBe(1);
    expect(iframe.title).toBe('Initialization lab — Neural Networks, Mathematically');
    expect(iframe.width).toBe('100%');
    expect(iframe.loading).toBe('lazy');
    const figureHeight = await figure.evaluate((el) => el.getBoundingClientRect().height);
    expect(iframe.height).toBeGreaterThan(figureHeight);
    const src = new URL(iframe.src);
    expect(src.searchParams.get('embed')).toBe('fig-initialization-lab');
    expect(src.searchParams.get('initialization-lab.nIn')).toBe('4');
    expect(src.hash).toBe('');

    // The snippet's address opens the figure alone, in the copied state.
    const embedded = await context.newPage();
    await embedded.goto(iframe.src);
    await expectFigureAlone(embedded, LAB);
    await expectLabVariance(embedded, '0.333');
    await embedded.close();
  });
});
