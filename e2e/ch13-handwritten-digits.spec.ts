import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoBrokenNumbers } from './fixtures';
import { openFar } from './figures';

const CAPTION = 'Handwritten digits';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Opens the figure and waits until the shipped network has arrived and been scored on the test digits. */
async function openDigits(page: Page): Promise<Locator> {
  await page.goto('./#handwritten-digits');
  const figure = await openFar(page, CAPTION);
  await expect(figure.getByRole('status', { name: 'Test accuracy', exact: true })).toHaveText(/^\d+(\.\d+)?\u00a0%$/, { timeout: 30_000 });
  await figure.getByRole('button', { name: 'Clear' }).click();
  await expect(prediction(figure)).toHaveText('none yet');
  return figure;
}

const prediction = (figure: Locator) => figure.getByRole('status', { name: 'Prediction', exact: true });
const surface = (figure: Locator) => figure.getByRole('application', { name: 'Draw a digit' });

/** Points of a vertical stroke and of a ring, as fractions of the surface (x, y). */
const VERTICAL = Array.from({ length: 16 }, (_, i) => [0.5, 0.2 + (0.6 * i) / 15] as const);
const RING = Array.from({ length: 41 }, (_, i) => {
  const t = (2 * Math.PI * i) / 40;
  return [0.5 + 0.22 * Math.sin(t), 0.5 - 0.3 * Math.cos(t)] as const;
});

async function drawWithMouse(page: Page, figure: Locator, points: readonly (readonly [number, number])[]) {
  const box = (await surface(figure).boundingBox())!;
  const at = ([x, y]: readonly [number, number]) => [box.x + x * box.width, box.y + y * box.height] as const;
  await page.mouse.move(...at(points[0]));
  await page.mouse.down();
  for (const p of points.slice(1)) await page.mouse.move(...at(p), { steps: 2 });
  await page.mouse.up();
}

/** A finger on the surface: real touch events through the DevTools protocol (pointerType 'touch'). */
async function drawWithTouch(page: Page, figure: Locator, points: readonly (readonly [number, number])[]) {
  const box = (await surface(figure).boundingBox())!;
  const client = await page.context().newCDPSession(page);
  const touch = ([x, y]: readonly [number, number]) => [{ x: box.x + x * box.width, y: box.y + y * box.height }];
  await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: touch(points[0]) });
  for (const p of points.slice(1)) await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: touch(p) });
  await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** The cursor walked through grid cells with Shift held (which paints along the way). */
async function drawWithKeyboard(page: Page, figure: Locator, cells: readonly (readonly [number, number])[]) {
  await surface(figure).focus();
  let [r, c] = [14, 14]; // the cursor's start
  const go = async (key: string, shift: boolean) => page.keyboard.press(shift ? `Shift+${key}` : key);
  for (const [i, [tr, tc]] of cells.entries()) {
    const paint = i > 0;
    while (r !== tr || c !== tc) {
      if (r < tr) { await go('ArrowDown', paint); r++; }
      else if (r > tr) { await go('ArrowUp', paint); r--; }
      if (c < tc) { await go('ArrowRight', paint); c++; }
      else if (c > tc) { await go('ArrowLeft', paint); c--; }
    }
    if (i === 0) await page.keyboard.press('Space');
  }
}
const toCells = (points: readonly (readonly [number, number])[]) => points.map(([x, y]) => [Math.round(y * 27), Math.round(x * 27)] as const);

test.describe(CAPTION, () => {
  // Each test waits for 1.7 MB of digits and the scoring of 2,000 of them; on a busy machine that takes a while.
  test.describe.configure({ timeout: 120_000 });

  test('a vertical stroke drawn with the mouse reads as 1, a ring as 0; the numbers stay finite', async ({ page }) => {
    const figure = await openDigits(page);
    await drawWithMouse(page, figure, VERTICAL);
    await expect(prediction(figure)).toHaveText('1');
    await expect(figure.getByRole('status', { name: 'ink box', exact: true })).not.toHaveText('none');
    await figure.getByRole('button', { name: 'Clear' }).click();
    await drawWithMouse(page, figure, RING);
    await expect(prediction(figure)).toHaveText('0');
    // The cross-entropy for y = 0 is −ln p₀, shown with its numbers.
    await figure.getByRole('slider', { name: /^y / }).fill('0');
    await expect(figure.locator('.nn-livemath').nth(2)).toContainText('ln');
    await expectNoBrokenNumbers(page);
    const bars = figure.getByRole('list', { name: 'Probability of each digit' }).getByRole('listitem');
    await expect(bars).toHaveCount(10);
    for (const text of await bars.allInnerTexts()) expect(text).toMatch(/^\d\s+(<\s)?\d+(\.\d)?\u00a0%$/);
  });

  test('by keyboard: a vertical stroke reads as 1, a ring as 0', async ({ page }) => {
    const figure = await openDigits(page);
    await drawWithKeyboard(page, figure, toCells([VERTICAL[0], VERTICAL[VERTICAL.length - 1]]));
    await expect(prediction(figure)).toHaveText('1');
    await surface(figure).focus();
    await figure.getByRole('button', { name: 'Clear' }).click();
    await drawWithKeyboard(page, figure, toCells(RING));
    await expect(prediction(figure)).toHaveText('0');
    await expectNoBrokenNumbers(page);
  });

  test('by touch: a vertical stroke reads as 1, a ring as 0', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, hasTouch: true });
    const page = await context.newPage();
    const figure = await openDigits(page);
    await drawWithTouch(page, figure, VERTICAL);
    await expect(prediction(figure)).toHaveText('1');
    await figure.getByRole('button', { name: 'Clear' }).click();
    await drawWithTouch(page, figure, RING);
    await expect(prediction(figure)).toHaveText('0');
    await context.close();
  });

  test('Train from scratch shows progress and a finite test accuracy; Pause and Resume work', async ({ page }) => {
    const figure = await openDigits(page);
    const epoch = figure.getByRole('status', { name: 'epoch', exact: true });
    const accuracy = figure.getByRole('status', { name: 'Test accuracy', exact: true });
    await figure.getByRole('button', { name: 'Train from scratch' }).click();
    await expect(figure).toContainText('Reading with the network trained here, 784-32-10');
    await expect.poll(async () => Number(await epoch.innerText()), { timeout: 30_000 }).toBeGreaterThan(0.5);
    await expect(accuracy).toHaveText(/^\d+(\.\d+)?\u00a0%$/);
    await figure.getByRole('button', { name: 'Pause' }).click();
    await expect(figure.getByRole('button', { name: 'Resume' })).toBeEnabled();
    const paused = await epoch.innerText();
    await page.waitForTimeout(500);
    await expect(epoch).toHaveText(paused);
    await figure.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(async () => Number(await epoch.innerText()), { timeout: 30_000 }).toBeGreaterThan(Number(paused));
    await figure.getByRole('button', { name: 'Pause' }).click();
    await expect(figure.getByRole('table', { name: /Test digits by label/ })).toBeVisible();
    await expect(figure.getByText(/^Wrong digit 1 of \d+/)).toBeVisible();
    await figure.getByRole('button', { name: 'Next wrong digit' }).click();
    await expect(figure.getByText(/^Wrong digit 2 of \d+/)).toBeVisible();
    await expectNoBrokenNumbers(page);
    await figure.getByRole('button', { name: 'Use the shipped network' }).click();
    await expect(figure).toContainText('Reading with the shipped network');
  });

  test('hostile values in the address are clamped or ignored: the example drawing, y in 0–9, n in 16–128', async ({ page }) => {
    const hostile = [
      `handwritten-digits.drawing=${encodeURIComponent('<img src=x onerror=alert(1)>')}${'f'.repeat(40)}`,
      'handwritten-digits.y=12',
      'handwritten-digits.hidden=-5',
      'handwritten-digits.rate=NaN',
      'handwritten-digits.row=99',
    ].join('&');
    await page.goto(`./?${hostile}#handwritten-digits`);
    const figure = await openFar(page, CAPTION);
    await expect(figure.getByRole('status', { name: 'Test accuracy', exact: true })).toHaveText(/%$/, { timeout: 30_000 });
    await expect(prediction(figure)).toHaveText('3'); // the example drawing, kept
    await expect(figure.getByRole('slider', { name: /^y / })).toHaveValue('9');
    await expect(figure.getByRole('slider', { name: /^n \(hidden units\)/ })).toHaveValue('16');
    await expect(figure.getByRole('slider', { name: /eta \(learning rate\)/ })).toHaveAttribute('aria-valuetext', '0.1');
    await expect(figure.getByText(/^Cursor at row 28, column 15\.$/)).toBeAttached();
    await expectNoBrokenNumbers(page);
  });

  for (const [name, options] of [
    ['light', {}],
    ['dark', { colorScheme: 'dark' as const }],
    ['375 px', { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true }],
  ] as const) {
    test(`no axe-core violations with the network loaded (${name})`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, ...options });
      const page = await context.newPage();
      const figure = await openDigits(page);
      await drawWithMouse(page, figure, RING);
      await expect(prediction(figure)).toHaveText('0');
      const results = await new AxeBuilder({ page }).include('#fig-handwritten-digits').withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }
});
