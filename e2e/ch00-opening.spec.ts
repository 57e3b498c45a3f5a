import { test, expect, expectNoBrokenNumbers } from './fixtures';
import { openFigureIn, shoot, shown, sigmoid } from './neuronHelpers';

test.describe('Chapter 0: Not magic', () => {
  test('the teaser neuron is live and solves its exercise', async ({ page }) => {
    await page.goto('./#opening');
    await expect(page.locator('section#opening h2')).toContainText('Not magic');
    const figure = await openFigureIn(page, 'opening', 'Neuron anatomy');
    // Independent: 0.5·2 − 0.2·3 + 0.4·1 + 0.1 = 0.9, σ(0.9).
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('0.9');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(sigmoid(0.9)));
    await shoot(page, '#fig-teaser', 'teaser');

    // Raise w1 to 1 (50 steps of 0.01) and b to 0.5 by typing: z = 2 − 0.6 + 0.4 + 0.5 = 2.3.
    const w1 = figure.getByRole('slider', { name: /w1/ });
    await w1.focus();
    for (let i = 0; i < 50; i++) await page.keyboard.press('ArrowRight');
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('1.9');
    const b = figure.getByRole('textbox', { name: 'b (bias) exact value' });
    await b.fill('0.5');
    await b.press('Enter');
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('2.3');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(sigmoid(2.3)));
    const exercise = page.locator('section#opening').getByRole('complementary', { name: 'Exercise' });
    await expect(exercise).toContainText('Solved — well done');

    // The chapter-1 figure is its own instance and did not move.
    const other = await openFigureIn(page, 'one-neuron', 'Neuron anatomy');
    await expect(other.getByRole('status', { name: 'z', exact: true })).toHaveText('0.9');

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('0.9');
    await expectNoBrokenNumbers(page);
  });
});
