import { test, expect, openFigure, expectNoBrokenNumbers } from './fixtures';
import { expectAxeClean, expectMoved, mouseDrag, position, touchDrag, touchPage } from './plotDrag';

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

  test.describe('Initialization lab: dragging σ on the histogram', () => {
    const HANDLE = 'Drag handle: the spread σ';

    test('by mouse: the handle at +σ dragged to σ/2 picks the n_in of that σ; arrow keys double n_in', async ({ page }) => {
      await page.goto('./#fig-initialization-lab');
      const fig = await openFigure(page, 'Initialization lab');
      const nIn = fig.getByRole('slider', { name: /n_in/ });
      const handle = fig.getByRole('slider', { name: HANDLE });
      // The plot spans ±4σ over its area (viewBox 480 wide, area 416): +σ sits 5/8 across, σ/2
      // 4.5/8 across, 26 units further left. Xavier with n_out = 2: σ = 0.632/2 = 0.316 needs
      // 2/(n_in + 2) = 0.1, n_in = 18 (17 and 19 are 0.008 away: a pixel's worth).
      const box = (await fig.getByRole('img', { name: /Histogram of/ }).boundingBox())!;
      await mouseDrag(page, handle, -(26 * box.width) / 480, 0);
      await expect.poll(async () => Number(await nIn.getAttribute('aria-valuetext'))).toBeGreaterThanOrEqual(17);
      const n = Number(await nIn.getAttribute('aria-valuetext'));
      expect(n).toBeLessThanOrEqual(19);
      await expect(fig.getByRole('status', { name: 'σ', exact: true })).toHaveText(shown(Math.sqrt(2 / (n + 2))));
      await expect(handle).toHaveAttribute('aria-valuetext', `σ = ${shown(Math.sqrt(2 / (n + 2)))}, n_in = ${n}`);

      await handle.focus();
      await page.keyboard.press('ArrowLeft'); // narrower: n_in doubles
      await expect(nIn).toHaveAttribute('aria-valuetext', String(2 * n));
      await expectAxeClean(page, '#fig-initialization-lab');
      await expectNoBrokenNumbers(page);
    });

    test('by touch on a phone: a finger dragging σ outwards widens it (n_in falls)', async ({ browser, baseURL }) => {
      const page = await touchPage(browser, baseURL, './#fig-initialization-lab');
      const fig = await openFigure(page, 'Initialization lab');
      const nIn = fig.getByRole('slider', { name: /n_in/ });
      await fig.getByRole('slider', { name: HANDLE }).focus();
      await page.keyboard.press('ArrowLeft'); // n_in 6, so a wider σ has room below
      await expect(nIn).toHaveAttribute('aria-valuetext', '6');
      const before = await position(nIn);
      await touchDrag(page, fig.getByRole('slider', { name: HANDLE }), 30, 0);
      await expectMoved(nIn, before, -1);
      await expectAxeClean(page, '#fig-initialization-lab');
      await page.context().close();
    });
  });
});
