import { test, expect, expectNoBrokenNumbers } from './fixtures';
import { openFigureIn, shoot, shown, sigmoid } from './neuronHelpers';

test.describe('Chapter 1: One neuron', () => {
  test('shows the equations and the example, and follows the sliders', async ({ page }) => {
    await page.goto('./#one-neuron');
    const chapter = page.locator('section#one-neuron');
    // Both static equations are typeset at build time.
    await expect(chapter.locator('.katex-display').first()).toBeVisible();
    const figure = await openFigureIn(page, 'one-neuron', 'Neuron anatomy');
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('0.8');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText('0.69');
    await expect(figure.getByRole('img', { name: 'input x1 = 2, weight w1 = 0.5, product 1' })).toBeVisible();
    await shoot(page, '#fig-neuron-anatomy', 'anatomy');

    // x2 up by 10 steps of 0.1: x2 = 4, z = 1 − 0.8 + 0.3 + 0.1 = 0.6.
    await figure.getByRole('slider', { name: /x2/ }).focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('0.6');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(sigmoid(0.6)));
    // Focusing a slider underlines its term (twice: symbols and numbers).
    await expect(figure.locator('.nn-term-hl .nn-term-p2')).toHaveCount(2);
    await expect(figure.locator('[data-part="p2"].nn-anatomy__part--hl')).toHaveCount(1);

    // Hovering a diagram part underlines its term.
    await figure.locator('[data-part="pb"] .nn-anatomy__value').hover();
    await expect(figure.locator('.nn-term-hl .nn-term-pb')).toHaveCount(2);

    // The exercise: ReLU, and only b lowered to −0.7 (z = 0.7 − 0.7 = 0).
    await figure.getByRole('button', { name: 'Reset' }).click();
    await figure.getByRole('radio', { name: 'ReLU' }).check();
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText('0.8');
    const b = figure.getByRole('textbox', { name: 'b (bias) exact value' });
    await b.fill('-0.7');
    await b.press('Enter');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText('0');
    await expect(chapter.getByRole('complementary', { name: 'Exercise' })).toContainText('Solved — well done');

    // Extremes never break a number.
    await figure.getByRole('slider', { name: /w1/ }).focus();
    await page.keyboard.press('End');
    await figure.getByRole('slider', { name: /x1/ }).focus();
    await page.keyboard.press('Home');
    // z = 2·(−5) − 0.6 + 0.3 − 0.7 = −11.
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('\u221211');
    await expectNoBrokenNumbers(page);

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('0.8');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText('0.69');
  });
});
