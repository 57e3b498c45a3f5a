import { test, expect, openFigure, expectNoBrokenNumbers } from './fixtures';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const shown = (x: number) => Number(x.toFixed(3)).toString().replace('-', '\u2212');

test.describe('A calculation by hand', () => {
  test('shows the essay example and follows w1 driven by the keyboard', async ({ page }) => {
    await page.goto('./#one-neuron');
    const figure = await openFigure(page, 'A calculation by hand', 'calculation-by-hand');
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('0.5');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText('0.622');
    await expect(figure.getByRole('status', { name: 'class', exact: true })).toHaveText('1');
    // The live equation shows the numbers substituted, rendered by KaTeX with MathML.
    await expect(figure.locator('math').first()).toBeAttached();
    await expect(figure).not.toContainText('0.4999');

    const w1 = figure.getByRole('slider', { name: /w1/ });
    await w1.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    // Independent formula: w1 = 0.5 + 10 × 0.01.
    const z = 0.6 * 2 + -0.2 * 3 + 0.1;
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText(shown(z));
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(sigmoid(z)));

    await page.keyboard.press('Home');
    const zLow = -2 * 2 + -0.2 * 3 + 0.1;
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText(shown(zLow));
    await expect(figure.getByRole('status', { name: 'class', exact: true })).toHaveText('0');

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText('0.622');
    await expectNoBrokenNumbers(page);
  });

  test('switches activation by clicking a choice', async ({ page }) => {
    await page.goto('./');
    const figure = await openFigure(page, 'A calculation by hand', 'calculation-by-hand');
    await figure.getByRole('radio', { name: 'tanh' }).check();
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(Math.tanh(0.5)));
    await figure.getByRole('radio', { name: 'ReLU' }).check();
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText('0.5');
  });

  test('refuses a bad exact value and keeps the last good one', async ({ page }) => {
    await page.goto('./');
    const figure = await openFigure(page, 'A calculation by hand', 'calculation-by-hand');
    const entry = figure.getByRole('textbox', { name: 'b (bias) exact value' });
    await entry.fill('abc');
    await entry.press('Enter');
    await expect(entry).toHaveAttribute('aria-invalid', 'true');
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('0.5');
    await entry.fill('-0.4');
    await entry.press('Enter');
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('0');
    await expectNoBrokenNumbers(page);
  });
});
