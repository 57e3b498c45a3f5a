import { test, expect, openFigure, expectNoBrokenNumbers } from './fixtures';

const shown = (x: number) => Number(x.toFixed(3)).toString().replace('-', '\u2212');
const pct = (x: number) => `${Number((x * 100).toFixed(2))}\u00a0%`;
const num = (text: string | null) => parseFloat((text ?? '').replace(/,/g, '').replace('\u2212', '-'));

test.describe('Weights start random, on purpose', () => {
  test('Initialization lab: formula, scheme, distribution, reset and seed', async ({ page }) => {
    await page.goto('./#fig-initialization-lab');
    const fig = await openFigure(page, 'Initialization lab');
    const status = (name: string) => fig.getByRole('status', { name, exact: true });
    await expect(status('Var(w)')).toHaveText('0.4');
    await expect(status('σ')).toHaveText(shown(Math.sqrt(0.4)));
    await expect(fig.getByTestId('expected-1')).toHaveText('68.27\u00a0%');
    await expect(fig.getByTestId('expected-3')).toHaveText('99.73\u00a0%');
    const matrix = fig.getByRole('region', { name: /Sampled weight matrix W, 2 by 3/ });
    await expect(matrix.getByRole('cell')).toHaveCount(6);
    // Measured share within ±1σ of 10,000 normal draws: 68.27 % ± 0.47 %, so within 2 points.
    expect(Math.abs(num(await fig.getByTestId('measured-1').textContent()) - 68.27)).toBeLessThan(2);

    const nIn = fig.getByRole('slider', { name: /n_in/ });
    await nIn.focus();
    await page.keyboard.press('ArrowRight'); // log2 slider: 3 → 4
    await expect(status('Var(w)')).toHaveText(shown(2 / (4 + 2)));
    await fig.getByRole('radio', { name: 'He/Kaiming' }).check();
    await expect(status('Var(w)')).toHaveText(shown(2 / 4));
    await expect(status('σ')).toHaveText(shown(Math.sqrt(0.5)));
    await fig.getByRole('radio', { name: 'uniform' }).check();
    await expect(status('r')).toHaveText(shown(Math.sqrt(6 / 4)));
    await expect(fig.getByTestId('expected-1')).toHaveText(pct(1 / Math.sqrt(3)));
    await expect(fig.getByTestId('expected-2')).toHaveText('100\u00a0%');

    await fig.getByRole('button', { name: 'Reset' }).click();
    await expect(status('Var(w)')).toHaveText('0.4');
    const cells = async () => (await matrix.getByRole('cell').allTextContents()).join(' ');
    const first = await cells();
    await fig.getByRole('button', { name: 'Resample' }).click();
    await expect.poll(cells).not.toBe(first);
    await fig.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(cells).toBe(first);
    await expectNoBrokenNumbers(page);
  });

  test('Spread is not a range: counts by region beside the exact shares', async ({ page }) => {
    await page.goto('./#fig-spread-is-not-a-range');
    const fig = await openFigure(page, 'Spread is not a range');
    const status = (name: string) => fig.getByRole('status', { name, exact: true });
    const total = async () =>
      num(await status('below 0').textContent()) + num(await status('inside [0, σ]').textContent()) + num(await status('above σ').textContent());
    expect(await total()).toBe(1000);
    await expect(fig.getByTestId('exact-inside')).toHaveText('34.13\u00a0%');
    await expect(fig.getByTestId('exact-aboveSigma')).toHaveText('15.87\u00a0%');
    // 1,000 draws: the share below 0 is 50 % ± 1.6 %; allow five standard errors.
    expect(Math.abs(num(await status('below 0').textContent()) - 500)).toBeLessThan(80);
    const n = fig.getByRole('slider', { name: /N \(draws\)/ });
    await n.focus();
    await page.keyboard.press('End');
    await expect.poll(total).toBe(20000);
    await fig.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(total).toBe(1000);
    await expectNoBrokenNumbers(page);
  });
});
