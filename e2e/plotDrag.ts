import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';

/** Drags in plots (usePlotDrag): the same gesture by mouse and by finger, and the checks around it. */

const MOVES = 8;

async function centre(handle: Locator) {
  await handle.scrollIntoViewIfNeeded();
  const box = await handle.boundingBox();
  if (!box) throw new Error('drag handle has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Press the handle with the mouse, move by (dx, dy) CSS pixels in steps, let go. */
export async function mouseDrag(page: Page, handle: Locator, dx: number, dy: number) {
  const { x, y } = await centre(handle);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: MOVES });
  await page.mouse.up();
}

/** The same drag by one finger, as Chromium's touch input (the page must have hasTouch). */
export async function touchDrag(page: Page, handle: Locator, dx: number, dy: number) {
  const { x, y } = await centre(handle);
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', px: number, py: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: px, y: py }] });
  await touch('touchStart', x, y);
  for (let i = 1; i <= MOVES; i++) await touch('touchMove', x + (dx * i) / MOVES, y + (dy * i) / MOVES);
  await touch('touchEnd', x + dx, y + dy);
  await cdp.detach();
}

/** A page on a touch phone (375 px, dark) at `url`, for the finger drags. */
export async function touchPage(browser: Browser, baseURL: string | undefined, url: string) {
  const context = await browser.newContext({ baseURL, viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** A slider's position (for a log slider the exponent: it moves the same way as the value). */
export const position = async (slider: Locator) => Number(await slider.inputValue());

/** Waits until the slider has moved up (+1) or down (−1) from `before`. */
export async function expectMoved(slider: Locator, before: number, direction: 1 | -1) {
  await expect.poll(async () => Math.sign((await position(slider)) - before)).toBe(direction);
}

export async function expectAxeClean(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}
