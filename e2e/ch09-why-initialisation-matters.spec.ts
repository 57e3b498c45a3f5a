import { test, expect, openFigure, expectNoBrokenNumbers, scrollIntoView } from './fixtures';

const CAPTION = 'Deep network initialization';

test.describe(CAPTION, () => {
  test('shows Xavier + tanh, follows the keyboard and the choices, and resets', async ({ page }) => {
    await page.goto('./#why-initialisation-matters');
    const figure = await openFigure(page, CAPTION);
    const status = (name: string) => figure.getByRole('status', { name, exact: true });
    // Independent formula: Xavier Var(w) = 2 / (100 + 100) = 0.01, gain 100 · 0.01 = 1.
    await expect(status('Var(w)')).toHaveText('0.01');
    await expect(status('gain per layer')).toHaveText('1');
    await expect(figure.getByText(/^layer \d+, variance /)).toHaveCount(20);
    await expect(figure.locator('math').first()).toBeAttached();

    // Width down by the keyboard: 10 steps from 100 → 90, Var(w) = 2 / 180.
    const width = figure.getByRole('slider', { name: /^width/ });
    await width.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    await expect(status('Var(w)')).toHaveText(String(Number((2 / 180).toFixed(4))));

    // Too small: gain 90 · 0.01² = 0.009, the signal vanishes.
    await figure.getByRole('radio', { name: /too small/ }).check();
    await expect(status('gain per layer')).toHaveText('0.009');
    await expect(status('signal')).toHaveText('vanishing');
    await expect(status('gradients')).toHaveText('vanishing');

    // ReLU + He: gain ½ · 90 · 2/90 = 1, steady; ReLU + too large: ½ · 90 · 1 = 45, exploding.
    await figure.getByRole('radio', { name: 'ReLU' }).check();
    await figure.getByRole('radio', { name: 'He' }).check();
    await expect(status('gain per layer')).toHaveText('1');
    await expect(status('signal')).toHaveText('steady');
    const exercise = page.getByRole('complementary', { name: 'Exercise' }).filter({ hasText: 'Switch the activation to ReLU and keep at least 10 layers' });
    await exercise.scrollIntoViewIfNeeded();
    await expect(exercise).toContainText('Solved', { timeout: 15_000 });
    await scrollIntoView(figure);
    await figure.getByRole('radio', { name: /too large/ }).check();
    await expect(status('gain per layer')).toHaveText('45');
    await expect(status('signal')).toHaveText('exploding');
    await expectNoBrokenNumbers(page);

    // The largest stack (20 layers of 256, batch 256) is computed off the main thread.
    const L = figure.getByRole('slider', { name: /^K / });
    await L.focus();
    await page.keyboard.press('End');
    await width.focus();
    await page.keyboard.press('End');
    await expect(figure.getByText(/^layer 20, variance /)).toHaveCount(2, { timeout: 15_000 });
    await expect(status('Var(w)')).toHaveText('1');
    await expectNoBrokenNumbers(page);

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(status('Var(w)')).toHaveText('0.01');
    await expect(figure.getByText(/^layer \d+, variance /)).toHaveCount(20);
    await expect(status('signal')).toHaveText(/shrinking|steady/);
    await expectNoBrokenNumbers(page);
  });

  test('too large with tanh saturates and says so', async ({ page }) => {
    await page.goto('./#why-initialisation-matters');
    const figure = await openFigure(page, CAPTION);
    await figure.getByRole('radio', { name: /too large/ }).check();
    await expect(figure.getByRole('status', { name: 'signal', exact: true })).toHaveText('saturating');
    await expect(figure.getByText(/^Saturating: /)).toBeVisible();
    await expectNoBrokenNumbers(page);
  });
});
