import { test, expect, expectNoBrokenNumbers } from './fixtures';
import { openFar } from './figures';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const shown = (x: number, digits = 3) => Number(x.toFixed(digits)).toString().replace('-', '\u2212');
const sig = sigmoid;

test.describe('Slopes and the chain rule', () => {
  test('Slope: the finite difference approaches the exact derivative as h shrinks', async ({ page }) => {
    await page.goto('./#slopes-and-the-chain-rule');
    const figure = await openFar(page, 'Slope');
    // It opens at w1 = 0 with h = 1, where the loss bends: secant and tangent differ visibly.
    const L = (w: number) => 0.5 * (sigmoid(2 * w - 0.5) - 1) ** 2;
    const a0 = sigmoid(-0.5);
    const exact = (a0 - 1) * a0 * (1 - a0) * 2;
    await expect(figure.getByRole('status', { name: 'exact derivative' })).toHaveText(shown(exact, 4));
    await expect(figure.getByRole('status', { name: 'finite difference' })).toHaveText(shown((L(1) - L(-1)) / 2, 4));
    expect(Math.abs((L(1) - L(-1)) / 2 - exact)).toBeGreaterThan(0.05);

    const h = figure.getByRole('slider', { name: 'h (step size, log scale)' });
    await h.focus();
    await page.keyboard.press('Home');
    await expect(h).toHaveAttribute('aria-valuetext', /h = 1×10⁻⁴|h = 0\.0001/);
    await expect(figure.getByRole('status', { name: 'finite difference' })).toHaveText(shown((L(0.0001) - L(-0.0001)) / 0.0002, 4));
    await expect(figure.getByRole('status', { name: 'finite difference' })).toHaveText(shown(exact, 4));

    await figure.getByRole('radio', { name: 'curve w³/3 − w' }).check();
    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'finite difference' })).toHaveText(shown((L(1) - L(-1)) / 2, 4));
    await expectNoBrokenNumbers(page);
  });

  test('Activation slopes: the sigmoid slope and the flat-region exercise', async ({ page }) => {
    await page.goto('./#slopes-and-the-chain-rule');
    const figure = await openFar(page, 'Activation explorer', 'activation-slopes');
    const st = (name: string) => figure.getByRole('status', { name, exact: true });
    await expect(st("σ'(z)")).toHaveText(shown(sig(0.5) * (1 - sig(0.5))));
    // The exercise: a z where σ'(z) < 0.01, e.g. z = 5 (σ'(5) ≈ 0.0066).
    const exercise = page.getByRole('complementary', { name: 'Exercise' }).filter({ hasText: 'learning through this neuron would almost stall' });
    await exercise.scrollIntoViewIfNeeded();
    // At the example, z = 0.5 (σ' ≈ 0.235): not solved.
    await expect(exercise).not.toContainText('Solved — well done');
    const entry = figure.getByRole('textbox', { name: 'z (weighted sum) exact value' });
    await entry.fill('5');
    await entry.press('Enter');
    await expect(st("σ'(z)")).toHaveText(shown(sig(5) * (1 - sig(5))));
    await expect(exercise).toContainText('Solved — well done');
    await expectNoBrokenNumbers(page);
  });
});
