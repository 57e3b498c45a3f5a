import type { Page } from '@playwright/test';
import { test, expect, expectNoBrokenNumbers, wakeFigure } from './fixtures';

const sigma = (z: number) => 1 / (1 + Math.exp(-z));
// The example worked by hand: z¹ = (0.5, 0.6), z² = 0.8σ(0.5) − 0.5σ(0.6) + 0.2, y = 1.
const a1 = [sigma(0.5), sigma(0.6)];
const a2 = sigma(0.8 * a1[0] - 0.5 * a1[1] + 0.2);
const d2 = (a2 - 1) * a2 * (1 - a2);
const d1 = [0.8 * d2 * a1[0] * (1 - a1[0]), -0.5 * d2 * a1[1] * (1 - a1[1])];
const shown = (x: number, digits = 4) => x.toFixed(digits).replace('-', '\u2212');

/** Far down the page: open the chapter by its anchor, then scroll until the figure has woken. */
async function openFar(page: Page, caption: string) {
  await page.goto('./#backpropagation-through-a-network');
  return wakeFigure(page, caption);
}

test.describe('Backpropagation through a network', () => {
  test('steps the backward pass, applies an update and resets, by keyboard', async ({ page }) => {
    const figure = await openFar(page, 'Backpropagation through a network');
    await expect(figure.getByRole('status', { name: 'a⁽²⁾', exact: true })).toHaveText(shown(a2));
    await expect(figure.getByRole('status', { name: 'L', exact: true })).toHaveText(shown(0.5 * (a2 - 1) ** 2));
    const step = figure.getByRole('button', { name: 'Step backward' });
    await step.focus();
    await page.keyboard.press('Enter');
    await expect(figure.getByText(/^Step 1 of 3, the output unit/)).toContainText(`≈ ${shown(d2)}`);
    await page.keyboard.press('Enter');
    await expect(figure.getByText(/^Step 2 of 3, hidden unit 1/)).toContainText(`≈ ${shown(d1[0])}`);
    await page.keyboard.press('Enter');
    await expect(figure.getByText(/^Step 3 of 3, hidden unit 2/)).toContainText(`≈ ${shown(d1[1])}`);
    await expect(step).toBeDisabled();

    // Every row of the table: backpropagation and the central difference agree to 1e−6.
    const rows = figure.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(10);
    for (let i = 1; i < 10; i++) {
      const cells = await rows.nth(i).getByRole('cell').allTextContents();
      const [bp, fd] = [cells[2], cells[3]].map((t) => Number(t.replace('\u2212', '-')));
      expect(Math.abs(bp - fd)).toBeLessThan(1e-6);
    }

    await figure.getByRole('button', { name: 'Apply update' }).press('Enter');
    await expect(figure.getByRole('status', { name: 'L before → after' })).toHaveText(/^0\.0829 → 0\.0715$/);
    await figure.getByRole('button', { name: 'Reset' }).press('Enter');
    await expect(figure.getByRole('status', { name: 'a⁽²⁾', exact: true })).toHaveText(shown(a2));
    await expect(figure.getByRole('button', { name: 'Step backward' })).toBeEnabled();
    await expectNoBrokenNumbers(page);
  });

  test('dragging an edge with the mouse and with a finger changes its weight', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, hasTouch: true });
    const page = await context.newPage();
    const figure = await openFar(page, 'Backpropagation through a network');
    const slider = figure.getByRole('slider', { name: 'w²₁ (hidden 1 → output)' });
    const edge = figure.getByRole('slider', { name: 'Drag handle: weight hidden 1 → output' });
    const box = (await edge.boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y - 40, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => Number(await slider.inputValue())).toBeGreaterThan(0.8);
    const afterMouse = Number(await slider.inputValue());
    // A finger dragging down, as the browser's own touch input (pointer events of type touch).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 4; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + 8 * i }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(async () => Number(await slider.inputValue())).toBeLessThan(afterMouse);
    // The keyboard way on the edge itself: a step of 0.01 up.
    const afterTouch = Number(await slider.inputValue());
    await edge.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => Number(await slider.inputValue())).toBeCloseTo(afterTouch + 0.01, 5);
    await expect(edge).toHaveAttribute('aria-valuetext', `w²₁ = ${Number((afterTouch + 0.01).toFixed(2))}`);
    await expectNoBrokenNumbers(page);
    await context.close();
  });

  test('Why backpropagation is fast: counts follow the sizes, passes are timed', async ({ page }) => {
    const figure = await openFar(page, 'Why backpropagation is fast');
    await expect(figure.getByRole('status', { name: 'parameters' })).toHaveText('101,770');
    await expect(figure.getByRole('status', { name: 'one forward pass' })).toHaveText(/^\d[\d.]* (ms|s)$/);
    const layers = figure.getByRole('slider', { name: 'hidden layers' });
    await layers.focus();
    await page.keyboard.press('End');
    // 784·128 + 128 + 2·(128·128 + 128) + 128·10 + 10
    await expect(figure.getByRole('status', { name: 'parameters' })).toHaveText('134,794');
    await expect(figure.getByRole('status', { name: 'finite-difference passes' })).toHaveText('269,588');
    await expectNoBrokenNumbers(page);
  });
});
