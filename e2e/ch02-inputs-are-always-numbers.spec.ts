import type { Locator, Page } from '@playwright/test';
import { test, expect, openFigure, expectNoBrokenNumbers } from './fixtures';

const status = (figure: Locator, name: string) => figure.getByRole('status', { name, exact: true });
/**
 * Sections off screen are laid out lazily (their height is an estimate until rendered), so one
 * scroll can land short of a figure: scroll again, and move the pointer (reader activity), until
 * the figure's island is hydrated.
 */
async function open(page: Page, caption: string) {
  const figure = page.getByRole('figure', { name: caption, exact: true });
  await expect(async () => {
    await figure.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.mouse.move(2, 2);
    await page.mouse.move(4, 4);
    await expect(figure.locator('xpath=ancestor::*[@data-island][1]')).toHaveAttribute('data-hydrated', 'true', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  return openFigure(page, caption);
}
const shown = (x: number) => Number(x.toFixed(3)).toString().replace('-', '\u2212');

test.describe('Chapter 2: inputs are always numbers', () => {
  test('Pixels to numbers: draw by keyboard and mouse, normalise, reset', async ({ page }) => {
    await page.goto('./');
    const figure = await open(page, 'Pixels to numbers');
    await expect(status(figure, 'vector length')).toHaveText('784');
    await expect(status(figure, 'tensor shape')).toHaveText('28 × 28 × 1');
    const sample = Number(await status(figure, 'non-zero').innerText());
    expect(sample).toBeGreaterThan(30);

    await figure.getByRole('button', { name: 'Clear' }).click();
    await expect(status(figure, 'non-zero')).toHaveText('0');
    const grid = figure.getByRole('application', { name: /Drawing grid/ });
    await grid.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    // One brush dab: 255 and four neighbours at 128; mean = 767 / 784.
    await expect(status(figure, 'non-zero')).toHaveText('5');
    await expect(status(figure, 'mean')).toHaveText(shown(767 / 784));
    await figure.getByRole('radio', { name: '−1…1' }).check();
    await expect(status(figure, 'min')).toHaveText('\u22121');
    await expect(status(figure, 'mean')).toHaveText(shown(767 / 784 / 127.5 - 1));
    await expect(figure.getByRole('region', { name: /The 784 numbers/ })).toContainText('\u22121.00');
    await grid.focus();
    await page.keyboard.press('Backspace');
    await expect(status(figure, 'non-zero')).toHaveText('0');

    // A mouse stroke across the top-left corner.
    // Wait until the grid stands still (a smooth scroll may still be settling) before aiming.
    let box = await grid.boundingBox();
    await expect
      .poll(async () => {
        const now = await grid.boundingBox();
        const still = JSON.stringify(now) === JSON.stringify(box);
        box = now;
        return still;
      })
      .toBe(true);
    if (!box) throw new Error('no grid box');
    const cell = box.width / 28;
    await page.mouse.move(box.x + cell * 2.5, box.y + cell * 2.5);
    await page.mouse.down();
    await page.mouse.move(box.x + cell * 10.5, box.y + cell * 2.5, { steps: 8 });
    await page.mouse.up();
    // Cells (2,2)…(2,10) at 255 plus the soft edge: 9 + 9 + 9 + 2 = 29 non-zero.
    await expect(status(figure, 'non-zero')).toHaveText('29');

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(status(figure, 'non-zero')).toHaveText(String(sample));
    await expect(figure.getByRole('radio', { name: '0–255 (raw)' })).toBeChecked();
    await expectNoBrokenNumbers(page);
  });

  test('Text to numbers: tokens, dimensions, hostile input', async ({ page }) => {
    await page.goto('./');
    const figure = await open(page, 'Text to numbers');
    await expect(status(figure, 'matrix shape')).toHaveText('6 × 8');
    await figure.getByRole('radio', { name: /768/ }).check();
    await expect(status(figure, 'numbers')).toHaveText((6 * 768).toLocaleString('en-US'));
    const field = figure.getByRole('textbox', { name: 'Sentence' });
    await field.fill('<b>hi</b> 🐱');
    await expect(figure.locator('b')).toHaveCount(0);
    // Tokens: < b > hi < / b > 🐱 → 9.
    await expect(status(figure, 'tokens')).toHaveText('9');
    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(status(figure, 'numbers')).toHaveText('48');
    await expect(field).toHaveValue('the cat sat on the mat');
    await expectNoBrokenNumbers(page);
  });

  test('Sound to numbers: samples follow the sliders', async ({ page }) => {
    await page.goto('./');
    const figure = await open(page, 'Sound to numbers');
    await expect(status(figure, 'samples')).toHaveText('20');
    await expect(status(figure, 'first samples')).toContainText(`0, ${shown(Math.sin(0.3 * Math.PI))}`);
    const rate = figure.getByRole('slider', { name: /^r \(sampling rate/ });
    await rate.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(status(figure, 'samples')).toHaveText('25');
    await expect(status(figure, 'first samples')).toContainText(`0, ${shown(Math.sin((2 * Math.PI * 3) / 25))}`);
    await page.keyboard.press('Home');
    await expect(figure.getByText(/aliasing/)).toBeVisible();
    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(status(figure, 'samples')).toHaveText('20');
    await expectNoBrokenNumbers(page);
  });

  test('Video as a tensor: the essay clip and a grayscale one', async ({ page }) => {
    await page.goto('./');
    const figure = await open(page, 'Video as a tensor');
    await expect(status(figure, 'numbers')).toHaveText((300 * 224 * 224 * 3).toLocaleString('en-US'));
    await figure.getByRole('radio', { name: '1 (grayscale)' }).check();
    const frames = figure.getByRole('slider', { name: /^F \(frames/ });
    await frames.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    await expect(status(figure, 'shape')).toHaveText('10 × 224 × 224 × 1');
    await expect(status(figure, 'numbers')).toHaveText((10 * 224 * 224).toLocaleString('en-US'));
    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(status(figure, 'numbers')).toHaveText('45,158,400');
    await expectNoBrokenNumbers(page);
  });
});
