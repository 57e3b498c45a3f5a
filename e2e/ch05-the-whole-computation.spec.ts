import { test, expect, expectNoBrokenNumbers } from './fixtures';
import { openFigureIn, shoot, shown, sigmoid } from './neuronHelpers';

test.describe('Chapter 5: The whole computation', () => {
  test('the playground follows w, b and x and resets to the example', async ({ page }) => {
    await page.goto('./#the-whole-computation');
    const chapter = page.locator('section#the-whole-computation');
    const figure = await openFigureIn(page, 'the-whole-computation', 'Neuron playground');
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
    await expect(chapter.getByRole('complementary', { name: 'Exercise' }).first()).toContainText('Solved — well done');

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
    await expect(chapter.getByRole('complementary', { name: 'Exercise' }).nth(1)).toContainText('Solved — well done');
    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(sigmoid(1.1)));
    await expectNoBrokenNumbers(page);
  });
});
