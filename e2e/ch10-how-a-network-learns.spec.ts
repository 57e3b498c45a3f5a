import type { Page } from '@playwright/test';
import { test, expect, openFigure, expectNoBrokenNumbers, scrollIntoView } from './fixtures';

/**
 * Chapter 10 sits far down the page, and chapters off screen are laid out at a placeholder
 * height (content-visibility: auto), so a direct jump to a figure can land beside the chapter.
 * The tests open the chapter by its anchor, let the layout settle, then open the figure.
 */
async function openFar(page: Page, caption: string) {
  await page.waitForLoadState('networkidle');
  await scrollIntoView(page.getByRole('figure', { name: caption, exact: true }));
  await expect.poll(async () => {
    const before = await page.evaluate(() => document.body.scrollHeight);
    await page.waitForTimeout(300);
    return (await page.evaluate(() => document.body.scrollHeight)) === before;
  }).toBe(true);
  return openFigure(page, caption);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const shown = (x: number, digits = 3) => Number(x.toFixed(digits)).toString().replace('-', '\u2212');
const DIVERGED = 'Diverged: the learning rate is too large, so each step overshoots the valley';

test.describe('How a network learns', () => {
  test('Loss: the squared error of the chapter-7 neuron follows w1 and the loss choice', async ({ page }) => {
    await page.goto('./#how-a-network-learns');
    const figure = await openFar(page, 'Loss');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText('0.622');
    await expect(figure.getByRole('status', { name: 'L', exact: true })).toHaveText(shown(0.5 * (sigmoid(0.5) - 1) ** 2));

    const w1 = figure.getByRole('slider', { name: 'w1 (weight 1)' });
    await w1.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    const a = sigmoid(0.6 * 2 - 0.2 * 3 + 0.1);
    await expect(figure.getByRole('status', { name: 'L', exact: true })).toHaveText(shown(0.5 * (a - 1) ** 2));
    await figure.getByRole('radio', { name: 'cross-entropy' }).check();
    await expect(figure.getByRole('status', { name: 'L', exact: true })).toHaveText(shown(-Math.log(a)));

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'L', exact: true })).toHaveText('0.071');
    await expectNoBrokenNumbers(page);
  });

  test('Slope: the finite difference approaches the exact derivative as h shrinks', async ({ page }) => {
    await page.goto('./#how-a-network-learns');
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

  test('Gradient descent: steps shrink the loss, a large rate diverges and says so', async ({ page }) => {
    await page.goto('./#how-a-network-learns');
    const figure = await openFar(page, 'Gradient descent');
    await expect(figure.getByRole('status', { name: 'L', exact: true })).toHaveText('8.75');
    await figure.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(figure.getByRole('status', { name: 'w1' })).toHaveText(shown(-2.5 * 0.9));
    await expect(figure.getByRole('status', { name: 'w2' })).toHaveText(shown(1.5 * 0.5));

    // Run animates one step per frame: 1 + 20 steps, w1 = −2.5·0.9^21.
    await figure.getByRole('button', { name: 'Run 20 steps' }).click();
    await expect(figure.getByRole('status', { name: 'step' })).toHaveText('21', { timeout: 30_000 });
    await expect(figure.getByRole('status', { name: 'w1' })).toHaveText(shown(-2.5 * 0.9 ** 21));

    // With reduced motion, Run jumps straight to the end (here: to the divergence).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await figure.getByRole('button', { name: 'Reset' }).click();
    const eta = figure.getByRole('textbox', { name: 'eta (learning rate) exact value' });
    await eta.fill('0.45');
    await eta.press('Enter');
    await figure.getByRole('button', { name: /^Run/ }).click();
    await expect(figure.getByRole('alert')).toHaveText(DIVERGED);
    await expect(figure.getByRole('status', { name: 'L', exact: true })).toHaveText('diverged');
    // w2 = 1.5·(1 − 5·0.45)^k; ½·5·w2² first passes 1000 at k = 12.
    await expect(figure.getByRole('status', { name: 'step' })).toHaveText('12');
    await expectNoBrokenNumbers(page);

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'step' })).toHaveText('0');
    await expect(figure.getByRole('alert')).toHaveCount(0);

    // A click in the middle of the map moves the start to about (0, 0).
    const hit = figure.locator('rect.nn-learn-plot-hit');
    await hit.click(); // Playwright scrolls it into view and clicks its centre
    const startW = async (name: string) => Math.abs(Number((await figure.getByRole('status', { name }).innerText()).replace('\u2212', '-')));
    await expect.poll(() => startW('w1')).toBeLessThan(0.1);
    await expect.poll(() => startW('w2')).toBeLessThan(0.1);
    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'w1' })).toHaveText('−2.5');
  });

  test('Backpropagation by hand: every factor, one update, and reset', async ({ page }) => {
    await page.goto('./#how-a-network-learns');
    const figure = await openFar(page, 'Backpropagation by hand');
    const a = sigmoid(0.5);
    const dLdz = (a - 1) * a * (1 - a);
    const expected: Record<string, string> = {
      z: '0.5',
      a: shown(a),
      L: shown(0.5 * (a - 1) ** 2, 4),
      'dL/da': shown(a - 1),
      'da/dz': shown(a * (1 - a)),
      'dL/dw1': shown(dLdz * 2),
      'dL/dw2': shown(dLdz * 3),
      'dL/db': shown(dLdz),
    };
    for (const [name, text] of Object.entries(expected)) await expect(figure.getByRole('status', { name, exact: true })).toHaveText(text);
    // The essay's numbers, as printed.
    await expect(figure.getByRole('status', { name: 'dL/dw1' })).toHaveText('−0.177');
    await expect(figure.getByRole('status', { name: 'dL/dw2' })).toHaveText('−0.266');
    await expect(figure.getByRole('status', { name: 'dL/db' })).toHaveText('−0.089');

    await figure.getByRole('button', { name: 'Apply update' }).click();
    const w1 = 0.5 - 0.5 * dLdz * 2;
    const w2 = -0.2 - 0.5 * dLdz * 3;
    const b = 0.1 - 0.5 * dLdz;
    const z = w1 * 2 + w2 * 3 + b;
    await expect(figure.getByRole('status', { name: 'w1', exact: true })).toHaveText(shown(w1));
    await expect(figure.getByRole('status', { name: 'w1', exact: true })).toHaveText('0.589');
    await expect(figure.getByRole('status', { name: 'w2', exact: true })).toHaveText('−0.067');
    await expect(figure.getByRole('status', { name: 'b', exact: true })).toHaveText('0.144');
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText(shown(z));
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('1.121');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText('0.754');
    await expect(figure.getByRole('status', { name: 'L', exact: true })).toHaveText(shown(0.5 * (sigmoid(z) - 1) ** 2, 4));
    await expect(figure.getByRole('status', { name: 'L before → after' })).toHaveText('0.0713 → 0.0302');

    const eta = figure.getByRole('slider', { name: 'eta (learning rate)' });
    await eta.focus();
    await page.keyboard.press('End');
    await figure.getByRole('button', { name: 'Apply update' }).click();
    await expectNoBrokenNumbers(page);

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'w1', exact: true })).toHaveText('0.5');
    await expect(figure.getByRole('status', { name: 'L', exact: true })).toHaveText('0.0713');
    await expectNoBrokenNumbers(page);
  });
});
