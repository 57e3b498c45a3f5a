import { test, expect, expectNoBrokenNumbers, scrollIntoView } from './fixtures';
import { openFigureIn, shoot, shown, sigmoid } from './neuronHelpers';

test.describe('One neuron', () => {
  test('shows the equations and the example, and follows the sliders', async ({ page }) => {
    await page.goto('./#one-neuron');
    const chapter = page.locator('section#one-neuron');
    // Both static equations are typeset at build time.
    await expect(chapter.locator('.katex-display').first()).toBeVisible();
    const figure = await openFigureIn(page, 'one-neuron', 'Neuron anatomy');
    // The running example with a third input: 1 − 0.6 + 0.4 + 0.1 = 0.9, σ(0.9) ≈ 0.711.
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('0.9');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(sigmoid(0.9)));
    await expect(figure.getByRole('img', { name: 'input x1 = 2, weight w1 = 0.5, product 1' })).toBeVisible();
    await shoot(page, '#fig-neuron-anatomy', 'anatomy');

    // x2 up by 10 steps of 0.1: x2 = 4, z = 1 − 0.8 + 0.4 + 0.1 = 0.7.
    await figure.getByRole('slider', { name: /x2/ }).focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('0.7');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(sigmoid(0.7)));
    // Focusing a slider underlines its term (twice: symbols and numbers).
    await expect(figure.locator('.nn-term-hl .nn-term-p2')).toHaveCount(2);
    await expect(figure.locator('[data-part="p2"].nn-anatomy__part--hl')).toHaveCount(1);

    // Hovering a diagram part underlines its term.
    await figure.locator('[data-part="pb"] .nn-anatomy__value').hover();
    await expect(figure.locator('.nn-term-hl .nn-term-pb')).toHaveCount(2);

    // The exercise: ReLU, and only b lowered to −0.8 (z = 0.8 − 0.8 = 0).
    await figure.getByRole('button', { name: 'Reset' }).click();
    await figure.getByRole('radio', { name: 'ReLU' }).check();
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText('0.9');
    const b = figure.getByRole('textbox', { name: 'b (bias) exact value' });
    await b.fill('-0.8');
    await b.press('Enter');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText('0');
    // The chapter's exercises sit at its end; each checks the figure's state once it is awake.
    const exercise = chapter.getByRole('complementary', { name: 'Exercise' }).filter({ hasText: 'changing only the bias b, make the output a exactly 0' });
    await scrollIntoView(exercise);
    await expect(exercise).toContainText('Solved — well done');
    await scrollIntoView(figure);

    // Extremes never break a number.
    await figure.getByRole('slider', { name: /w1/ }).focus();
    await page.keyboard.press('End');
    await figure.getByRole('slider', { name: /x1/ }).focus();
    await page.keyboard.press('Home');
    // z = 2·(−5) − 0.6 + 0.4 − 0.8 = −11.
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('\u221211');
    await expectNoBrokenNumbers(page);

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('0.9');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText('0.711');
  });

  test('the playground follows w, b and x and resets to the example', async ({ page }) => {
    await page.goto('./#one-neuron');
    const chapter = page.locator('section#one-neuron');
    const figure = await openFigureIn(page, 'one-neuron', 'Neuron playground');
    // Independent: z = 0.5·2 + 0.1 = 1.1, a = σ(1.1).
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('1.1');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(sigmoid(1.1)));
    await expect(figure.getByRole('img', { name: /over x/ })).toBeVisible();
    await shoot(page, '#fig-neuron-playground', 'playground');

    // w down to −1 (PageDown moves 0.6 at a time: 0.5 → −0.1 → −0.7, then 30 arrows).
    await figure.getByRole('slider', { name: /^w/ }).focus();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowLeft');
    // z = −1·2 + 0.1 = −1.9.
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText(shown(-1.9));
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(sigmoid(-1.9)));
    const falling = chapter.getByRole('complementary', { name: 'Exercise' }).filter({ hasText: 'Make the output a fall as the input x grows' });
    await scrollIntoView(falling);
    await expect(falling).toContainText('Solved — well done');
    await scrollIntoView(figure);

    // tanh, then x to its minimum: z = −1·(−5) + 0.1 = 5.1.
    await figure.getByRole('radio', { name: 'tanh' }).check();
    await figure.getByRole('slider', { name: /^x/ }).focus();
    await page.keyboard.press('Home');
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('5.1');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(Math.tanh(5.1)));

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('1.1');

    // Second exercise: with w = 0.5, b = −1 puts z = 0 at x = −b/w = 2.
    const b = figure.getByRole('textbox', { name: 'b (bias) exact value' });
    await b.fill('-1');
    await b.press('Enter');
    await expect(figure.getByRole('status', { name: 'z = 0 at x' })).toHaveText('2');
    const shift = chapter.getByRole('complementary', { name: 'Exercise' }).filter({ hasText: 'using only the bias' });
    await scrollIntoView(shift);
    await expect(shift).toContainText('Solved — well done');
    await scrollIntoView(figure);
    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(sigmoid(1.1)));
    await expectNoBrokenNumbers(page);
  });
});
