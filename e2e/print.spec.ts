import { test, expect, openFigure, wakeAllIslands } from './fixtures';
import { builtFigureIds } from './figures';
import type { Page } from '@playwright/test';

// The essay as a teacher prints it: every figure awake, print media, on A4 and US Letter. Each
// paper is checked at its full width and at the width its page box leaves inside the @page
// margins of print.css (what Chromium really lays out when it prints).
const PAPERS = [
  { name: 'A4', width: 794, height: 1123 },
  { name: 'US Letter', width: 816, height: 1056 },
];

/** The width inside the print stylesheet's @page margins, in CSS px, for a paper this wide. */
function printedWidth(page: Page, paperWidth: number) {
  return page.evaluate((paper) => {
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
    const pageRule = rules.find((rule): rule is CSSPageRule => rule instanceof CSSPageRule);
    const probe = document.createElement('div');
    const left = pageRule?.style.marginLeft || '0px';
    const right = pageRule?.style.marginRight || '0px';
    probe.style.width = `calc(${paper}px - ${left} - ${right})`;
    document.body.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return Math.floor(width);
  }, paperWidth);
}

async function laidOut(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * What the printed figures get wrong, read in the page: controls that still show, anything that
 * reaches past its figure's edges (or a figure past the page), a missing settings line or link.
 */
function printProblems(page: Page) {
  return page.evaluate(() => {
    const shown = (el: Element) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && el.getClientRects().length > 0;
    const name = (el: Element) => {
      const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class') ?? '';
      const text = (el.textContent ?? '').trim().slice(0, 30);
      return `${el.tagName.toLowerCase()}${cls ? `.${cls.split(' ')[0]}` : ''}${text ? ` "${text}"` : ''}`;
    };
    const pageWidth = document.documentElement.clientWidth;
    const controls: string[] = [];
    const overflow: string[] = [];
    const settings: string[] = [];
    const figures = [...document.querySelectorAll('figure')];
    for (const figure of figures) {
      const box = figure.getBoundingClientRect();
      if (box.right > pageWidth + 1 || box.left < -1) overflow.push(`${figure.id} itself: ${Math.round(box.left)}…${Math.round(box.right)} on a ${pageWidth} px page`);
      for (const control of figure.querySelectorAll('input, button, select, textarea')) {
        if (shown(control)) controls.push(`${figure.id}: ${name(control)}`);
      }
      let past = 0;
      let worst = { by: 0, what: '' };
      for (const el of figure.querySelectorAll('*')) {
        // Marks inside an SVG are clipped by it (the SVG itself is checked); KaTeX's MathML copy
        // and visually hidden text are clipped to a pixel, for screen readers only.
        if ((el as SVGElement).ownerSVGElement || el.closest('.katex-mathml, .nn-visually-hidden')) continue;
        if (!shown(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        // Side by side, the equations and the plots each keep to their own column.
        const column = el.parentElement?.closest('.nn-figure__equation, .nn-figure__main');
        const edge = column && figure.contains(column) ? column.getBoundingClientRect() : box;
        const by = Math.max(r.right - edge.right, edge.left - r.left);
        if (by > 1) {
          past += 1;
          if (by > worst.by) worst = { by, what: name(el) };
        }
      }
      if (past > 0) overflow.push(`${figure.id}: ${past} elements past its edge or its column's, most ${worst.what} by ${Math.round(worst.by)} px`);
      const line = figure.querySelector('.nn-print-settings');
      const link = line?.querySelector(`a[href$="#${figure.id}"]`);
      if (!line || !shown(line) || !/\S/.test(line.textContent ?? '')) settings.push(`${figure.id}: no settings line`);
      else if (!link || !shown(link) || link.textContent !== (link as HTMLAnchorElement).href) settings.push(`${figure.id}: no permalink written out`);
    }
    return { figures: figures.length, controls, overflow, settings };
  });
}

for (const paper of PAPERS) {
  test(`printed on ${paper.name}: figures show their state, not their controls, and nothing sticks out`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: paper.width, height: paper.height });
    await page.goto('./');
    await wakeAllIslands(page);
    await page.emulateMedia({ media: 'print' });
    const widths = [paper.width, await printedWidth(page, paper.width)];
    expect.soft(widths[1], 'print.css sets @page margins').toBeLessThan(paper.width);
    for (const width of widths) {
      await laidOut(page, width, paper.height);
      const found = await printProblems(page);
      expect(found.figures, 'every figure is checked').toBe(builtFigureIds().length);
      expect.soft(found.controls, `${width} px: controls shown in print`).toEqual([]);
      expect.soft(found.overflow, `${width} px: content past a figure's edge`).toEqual([]);
      expect.soft(found.settings, `${width} px: settings line and permalink`).toEqual([]);
    }
  });
}

// Settings that make figures their widest: signed pixel values, 768-number embeddings, a
// 16 × 16 layer, the longest stacks and batches, 1,024 inputs.
const WIDEST = [
  'pixels-to-numbers.norm=signed',
  'text-to-numbers.dims=768',
  'layer-is-matrix.nIn=16',
  'layer-is-matrix.nOut=16',
  'broadcasting.batch=6',
  'why-switch.k=5',
  'why-switch.activation=1',
  'feed-forward.width=5',
  'feed-forward.depth=3',
  'initialization-lab.nIn=1024',
  'initialization-lab.nOut=1024',
  'deep-init.layers=20',
  'backprop-cost.layers=3',
].join('&');

test('printed with their widest settings, figures still fit A4', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.goto(`./?${WIDEST}`);
  await wakeAllIslands(page);
  await page.emulateMedia({ media: 'print' });
  await laidOut(page, await printedWidth(page, 794), 1123);
  // The address's settings took: the printed lines say so.
  await expect(page.locator('#fig-pixels-to-numbers').getByText(/^Settings:/)).toContainText('Normalisation = −1…1');
  await expect(page.locator('#fig-layer-is-matrix').getByText(/^Settings:/)).toContainText('n_in = 16 · n_out = 16');
  const found = await printProblems(page);
  expect.soft(found.overflow, 'content past a figure\'s edge').toEqual([]);
  expect.soft(found.controls, 'controls shown in print').toEqual([]);
});

test('print keeps the prose whole and drops the page furniture', async ({ page }) => {
  await page.goto('./');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: /A calculation by hand/ }).first()).toBeVisible();
  await expect(page.locator('.nn-progress')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Dark mode' })).toBeHidden();
  // A glossary word is a button on screen; on paper it is a word of its sentence.
  const term = page.locator('.nn-term__word').first();
  await expect(term).toBeVisible();
  // Every chapter is laid out, not skipped as off-screen: the last one has its real height.
  const last = page.locator('section.nn-chapter').last();
  expect(await last.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('visible');
});

test('print is light whatever the theme on screen', async ({ page, browser, baseURL }) => {
  const palette = (on: Page) =>
    on.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      const tokens = ['--bg', '--fg', '--muted', '--accent', '--c-x', '--c-w', '--c-b', '--c-z', '--c-a', '--series-2'].map((name) => root.getPropertyValue(name).trim());
      return [...tokens, root.colorScheme, getComputedStyle(document.body).color];
    });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const light = await palette(page);
  // Dark chosen with the toggle…
  await page.getByRole('button', { name: 'Dark mode' }).click();
  expect(await palette(page)).not.toEqual(light);
  await page.emulateMedia({ media: 'print' });
  expect(await palette(page)).toEqual(light);
  // …and dark from the system, with no choice made.
  const context = await browser.newContext({ baseURL, colorScheme: 'dark' });
  const dark = await context.newPage();
  await dark.goto('./');
  expect(await palette(dark)).not.toEqual(light);
  await dark.emulateMedia({ media: 'print' });
  expect(await palette(dark)).toEqual(light);
  await context.close();
});

test('a printed permalink reopens the figure in the state it was printed in', async ({ page, context }) => {
  await page.goto('./');
  const figure = await openFigure(page, 'Initialization lab', 'initialization-lab');
  await figure.getByRole('radio', { name: 'He/Kaiming' }).check();
  const nIn = figure.getByRole('textbox', { name: 'n_in (inputs per neuron) exact value' });
  await nIn.fill('8');
  await nIn.press('Enter');
  await page.emulateMedia({ media: 'print' });
  // The settings, as a reader would write them down from the controls they just set.
  const line = figure.getByText(/^Settings:/);
  await expect(line).toHaveText('Settings: Scheme = He/Kaiming · Distribution = normal · n_in = 8 · n_out = 2 · N = 10,000 · seed = 42');
  const link = figure.getByRole('link', { name: /#fig-initialization-lab$/ });
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  expect(href).toContain('initialization-lab.scheme=he');
  expect(href).toContain('initialization-lab.nIn=8');
  await expect(link).toHaveText(href!);

  const fresh = await context.browser()!.newContext({ baseURL: page.url() });
  const reopened = await fresh.newPage();
  await reopened.goto(href!);
  const again = await openFigure(reopened, 'Initialization lab', 'initialization-lab');
  await expect(again.getByRole('radio', { name: 'He/Kaiming' })).toBeChecked();
  await expect(again.getByRole('textbox', { name: 'n_in (inputs per neuron) exact value' })).toHaveValue('8');
  await reopened.emulateMedia({ media: 'print' });
  await expect(again.getByText(/^Settings:/)).toHaveText(await line.innerText());
  await fresh.close();
});
