import { test, expect, wakeFigure } from './fixtures';

// The visual design (docs/DESIGN.md): the essay's own faces, loaded from the site; the prose column's
// measure.

test.describe('Typography', () => {
  test('the prose is set in Source Serif 4, loaded from the site itself', async ({ page }) => {
    await page.goto('./');
    const paragraph = page.locator('.nn-chapter > p').first();
    await expect(paragraph).toBeVisible();
    const family = await paragraph.evaluate((el) => getComputedStyle(el).fontFamily);
    expect(family.split(',')[0].trim().replace(/["']/g, '')).toBe('Source Serif 4');
    // The face the paragraph's text needs has loaded (not just been declared): the prose subset,
    // whose range starts at the space (fonts.css); the full Latin face was never needed.
    const faces = async () => page.evaluate(async () => {
      await document.fonts.ready;
      const regular = [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Source Serif 4' && f.style === 'normal' && f.weight === '400');
      return Object.fromEntries(regular.map((f) => [f.unicodeRange.split(',')[0], f.status]));
    });
    await expect.poll(async () => (await faces())['U+20-7E']).toBe('loaded');
    expect((await faces())['U+0-FF']).toBe('unloaded');
    // …from this site's own address, as a woff2 file.
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name).filter((name) => /source-serif-4-essay-400.*\.woff2$/.test(name)),
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

  // The opening chapter is laid out with the first screen (it is never skipped as off-screen),
  // so math anywhere in it — or a figure prerendered in it — has the first layout fetch the math
  // fonts (43 KB) before anything is drawn; a character outside the prose subset would fetch the
  // full Latin face (20 KB) beside it. On a slow phone each was a few tenths of a second.
  for (const width of [375, 1280]) {
    test(`the first screen at ${width} px fetches the prose subset and no other serif or math face`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const fonts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname.split('/').pop() ?? '');
      });
      await page.goto(baseURL!, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      expect(fonts.some((name) => name.startsWith('source-serif-4-essay-400'))).toBe(true);
      expect(fonts.filter((name) => name.startsWith('KaTeX_') || name.startsWith('source-serif-4-latin-400-normal'))).toEqual([]);
      await context.close();
    });
  }

test.describe('Layout', () => {
  test('at 1280 px the training figure draws its data plot at least 440 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./#fig-training-network');
    const figure = await wakeFigure(page, 'Training a network');
    const plot = figure.getByRole('img', { name: /^Data and decision boundary/ });
    const box = await plot.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(440);
  });

  test('at 1280 px the training figure\'s Data, Model and Optimiser groups span its controls, two controls to a row', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./#fig-training-network');
    const figure = await wakeFigure(page, 'Training a network');
    const plot = (await figure.getByRole('img', { name: /^Data and decision boundary/ }).boundingBox())!;
    const column = (await figure.getByRole('button', { name: 'Play', exact: true }).boundingBox())!;
    for (const name of ['Data', 'Model', 'Optimiser']) {
      const group = (await figure.getByRole('group', { name, exact: true }).boundingBox())!;
      // The column the plots and controls share starts at Play and is wider than the data plot.
      expect(group.x, `${name} left`).toBeLessThanOrEqual(column.x + 1);
      expect(group.width, `${name} width`).toBeGreaterThan(plot.width + 40);
    }
    // Two to a row: noise sits beside the data set's choices, not under them.
    const dataSet = (await figure.getByRole('radiogroup', { name: 'Data set' }).boundingBox())!;
    const noise = (await figure.getByRole('slider', { name: /^noise/ }).boundingBox())!;
    expect(noise.x).toBeGreaterThanOrEqual(dataSet.x + dataSet.width);
  });

  test('on a 375 px phone the host\'s equations fit their column (nothing runs off its edge)', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    for (const [id, caption] of [['thousand-inputs', 'A thousand inputs'], ['backprop-cost', 'Why backpropagation is fast']]) {
      await page.goto(`./#fig-${id}`);
      const figure = await wakeFigure(page, caption);
      // Each live equation scrolls in a box of its own (live-math.css); one skipped out of view has no
      // width, so each is brought into view before it is measured.
      const displays = figure.locator('.nn-figure__equation .nn-livemath--display');
      await expect(displays.first()).toBeVisible();
      for (const display of await displays.all()) {
        await display.evaluate((el) => el.scrollIntoView({ behavior: 'instant', block: 'center' }));
        await expect(display.locator('.katex-display')).toBeVisible();
        const overflow = await display.evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow, `${caption}: ${await display.textContent()}`).toBeLessThanOrEqual(0);
      }
    }
    await context.close();
  });

  test('a live equation wider than its box is a named, focusable scrolling region; one that fits is not', async ({ browser, baseURL }) => {
    // Measured without forcing a layout (equationOverflow.ts): the box's width against the typeset
    // line's, from a ResizeObserver, in the frame a step changes them.
    const regions = (figure: import('@playwright/test').Locator) =>
      figure.locator('.nn-figure__equation .nn-livemath--display').evaluateAll((boxes) =>
        boxes.map((el) => ({ region: el.getAttribute('role') === 'region' && el.tabIndex === 0 && el.getAttribute('aria-label') !== null, overflows: el.scrollWidth > el.clientWidth + 1 })),
      );
    const phone = await browser.newContext({ baseURL, viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await phone.newPage();
    await page.goto('./#fig-layer-with-bias');
    const wide = await wakeFigure(page, 'Layer with a bias vector');
    const equation = wide.locator('.nn-figure__equation .nn-livemath--display').first();
    await equation.evaluate((el) => el.scrollIntoView({ behavior: 'instant', block: 'center' }));
    await expect(equation.locator('.katex-display')).toBeVisible();
    await expect.poll(() => regions(wide)).toContainEqual({ region: true, overflows: true });
    // A step that rewrites the digits and the relation ("=" to "≈") keeps it a region.
    await wide.getByRole('slider', { name: /^x1/ }).first().press('ArrowRight');
    await expect.poll(() => regions(wide)).toContainEqual({ region: true, overflows: true });
    expect(await regions(wide)).not.toContainEqual({ region: false, overflows: true });
    await phone.close();

    const desk = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
    const wideScreen = await desk.newPage();
    await wideScreen.goto('./#fig-spread-is-not-a-range');
    const narrow = await wakeFigure(wideScreen, 'Spread is not a range');
    await expect(narrow.locator('.nn-figure__equation .katex-display').first()).toBeVisible();
    await expect.poll(async () => (await regions(narrow)).every((box) => !box.overflows && !box.region)).toBe(true);
    await desk.close();
  });

  test('in the dark theme the feed-forward network\'s input nodes show their numbers (text colour against the node\'s fill)', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 375, height: 800 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('./#fig-feed-forward');
    const figure = await wakeFigure(page, 'Feed-forward network');
    for (const name of ['Drag handle: input 1', 'Drag handle: input 2']) {
      const node = figure.getByRole('slider', { name });
      const [ink, fill] = await node.evaluate((el) => [getComputedStyle(el.querySelector('text')!).fill, getComputedStyle(el.querySelector('circle')!).fill]);
      const luminance = (rgb: string) => {
        const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const [hi, lo] = [luminance(ink), luminance(fill)].sort((a, b) => b - a);
      expect((hi + 0.05) / (lo + 0.05), `${name}: ${ink} on ${fill}`).toBeGreaterThanOrEqual(4.5);
    }
    await context.close();
  });

  test('on a 375 px phone the training plot and Play stay in view while the reader works the controls', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('./#fig-training-network');
    const figure = await wakeFigure(page, 'Training a network');
    // A control well below the plot: the reader has scrolled down to it and uses it.
    const noise = figure.getByRole('slider', { name: /^noise/ });
    await noise.evaluate((el) => el.scrollIntoView({ behavior: 'instant', block: 'center' }));
    await noise.focus();
    await page.keyboard.press('ArrowRight');
    const play = figure.getByRole('button', { name: 'Play', exact: true });
    await play.tap();
    await expect(figure.getByRole('button', { name: 'Pause', exact: true })).toBeEnabled();
    const viewport = page.viewportSize()!;
    const inView = async (name: string, box: { y: number; height: number } | null) => {
      expect(box, name).not.toBeNull();
      expect(box!.y, `${name} top`).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, `${name} bottom`).toBeLessThanOrEqual(viewport.height);
    };
    await inView('the data plot', await figure.getByRole('img', { name: /^Data and decision boundary/ }).boundingBox());
    await inView('Play', await play.boundingBox());
    await inView('the noise slider', await noise.boundingBox());
    await context.close();
  });
});
