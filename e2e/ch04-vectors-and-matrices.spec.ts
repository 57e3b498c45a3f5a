import { test, expect, expectNoBrokenNumbers, stepTime, wakeFigure } from './fixtures';
import { createRng, fillNormal, fillUniform } from '../src/core/rng';

const shown = (x: number, d = 3) => Number(x.toFixed(d)).toString().replace('-', '\u2212');

// The essay's W, written out again here so the test does not trust the widget's copy.
const W = [
  [0.314, -0.087, 0.41],
  [0.963, -0.148, -0.148],
];
const layer = (x: number[], b: number[]) => W.map((row, j) => row.reduce((s, w, k) => s + w * x[k], b[j]));

test.describe('Vectors and matrices', () => {
  test('Dot product: the example, w3 by keyboard and exact entry, reset', async ({ page }) => {
    await page.goto('./#vectors-and-matrices');
    const figure = await wakeFigure(page, 'Dot product');
    await expect(figure.getByRole('status', { name: 'wᵀx' })).toHaveText('0.8');
    await expect(figure.getByRole('status', { name: 'z' })).toHaveText('0.9');
    await expect(figure.locator('math').first()).toBeAttached();

    const w3 = figure.getByRole('slider', { name: /w3/ });
    await w3.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    // w3 = 0.4 + 10 × 0.01 = 0.5: wᵀx = 1 − 0.6 + 0.5
    await expect(figure.getByRole('status', { name: 'wᵀx' })).toHaveText(shown(1 - 0.6 + 0.5));
    await expect(figure.getByRole('status', { name: 'z' })).toHaveText(shown(1 - 0.6 + 0.5 + 0.1));
    await page.keyboard.press('Home');
    await expect(figure.getByRole('status', { name: 'z' })).toHaveText(shown(1 - 0.6 - 2 + 0.1));

    // The exercise's answer: w3 = −0.5 cancels 1 − 0.6 + 0.1.
    const entry = figure.getByRole('textbox', { name: 'w3 (weight 3) exact value' });
    await entry.fill('-0.5');
    await entry.press('Enter');
    await expect(figure.getByRole('status', { name: 'z' })).toHaveText('0');

    const x1 = figure.getByRole('slider', { name: /x1/ });
    const ms = await stepTime(x1, 'ArrowRight');
    test.info().annotations.push({ type: 'timing', description: `Dot product step: ${ms.toFixed(2)} ms` });

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'z' })).toHaveText('0.9');
    await expectNoBrokenNumbers(page);
  });

  test('A thousand inputs: z for n = 1,000 and 10,000, timing, resample, reset', async ({ page }) => {
    /**
     * Independent z: the same seeded draws (inputs, then Xavier weights √(2/(n + 1))), kept in
     * hundredths and thousandths as the figure keeps them, summed in a loop.
     */
    const expectedZ = (n: number, seed: number) => {
      const rng = createRng(seed);
      const x = fillUniform(rng, new Float64Array(n), 0, 1);
      const w = fillNormal(rng, new Float64Array(n), 0, Math.sqrt(2 / (n + 1)));
      let z = 0;
      for (let i = 0; i < n; i++) z += (Math.round(1000 * w[i]) / 1000) * (Math.floor(100 * x[i]) / 100);
      return z;
    };
    await page.goto('./#vectors-and-matrices');
    const figure = await wakeFigure(page, 'A thousand inputs');
    await expect(figure.getByRole('status', { name: 'n' })).toHaveText('1,000');
    await expect(figure.getByRole('status', { name: 'z' })).toHaveText(shown(expectedZ(1000, 42)));
    await expect(figure.getByText(/computed in [0-9.]+ ms/)).toBeVisible();

    const n = figure.getByRole('slider', { name: /^n/ });
    await n.focus();
    await page.keyboard.press('End');
    await expect(figure.getByRole('status', { name: 'n' })).toHaveText('10,000');
    await expect(figure.getByRole('status', { name: 'z' })).toHaveText(shown(expectedZ(10_000, 42)));
    await expect(figure.getByText(/10,000 multiplications and additions, computed in [0-9.]+ ms/)).toBeVisible();
    const ms = await stepTime(n, 'ArrowLeft');
    test.info().annotations.push({ type: 'timing', description: `A thousand inputs step at n ≈ 10,000: ${ms.toFixed(2)} ms` });

    await page.keyboard.press('Home');
    await expect(figure.getByRole('status', { name: 'n' })).toHaveText('1');
    await expect(figure.getByRole('status', { name: 'z' })).toHaveText(shown(expectedZ(1, 42)));

    await figure.getByRole('button', { name: 'Resample' }).click();
    await expect(figure.getByRole('status', { name: 'z' })).toHaveText(shown(expectedZ(1, (42 * 7919 + 1) % 1_000_000)));
    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'n' })).toHaveText('1,000');
    await expect(figure.getByRole('status', { name: 'z' })).toHaveText(shown(expectedZ(1000, 42)));
    await expectNoBrokenNumbers(page);
  });

  test('A layer is a matrix: shapes, 16 × 8 parameters, z against plain loops', async ({ page }) => {
    const expectedZ = (nIn: number, nOut: number, seed: number) => {
      // The figure rounds its weights to 3 decimals: the weights it shows are the ones it uses.
      const W = fillNormal(createRng(seed), new Float64Array(nIn * nOut), 0, Math.sqrt(2 / (nIn + nOut))).map((w) => Math.round(w * 1000) / 1000);
      const rng = createRng(seed + 1);
      const x = Array.from({ length: nIn }, () => Math.round(rng.uniform() * 20 - 10) / 10);
      return Array.from({ length: nOut }, (_, j) => {
        let z = 0;
        for (let k = 0; k < nIn; k++) z += W[j * nIn + k] * x[k];
        return shown(z, 2);
      });
    };
    await page.goto('./#vectors-and-matrices');
    const figure = await wakeFigure(page, 'A layer is a matrix');
    await expect(figure.getByRole('status', { name: 'W shape' })).toHaveText('2 × 3');
    await expect(figure.getByRole('status', { name: 'parameters' })).toHaveText('8');
    await expect(figure.getByRole('table', { name: 'Result z' }).getByRole('cell')).toHaveText(expectedZ(3, 2, 42));

    await figure.getByRole('slider', { name: /n_in/ }).focus();
    await page.keyboard.press('End');
    await figure.getByRole('slider', { name: /n_out/ }).focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect(figure.getByRole('status', { name: 'W shape' })).toHaveText('8 × 16');
    await expect(figure.getByRole('status', { name: 'parameters' })).toHaveText(String(8 * 16 + 8));
    await expect(figure.getByRole('table', { name: 'Result z' }).getByRole('cell')).toHaveText(expectedZ(16, 8, 42));

    await figure.getByRole('button', { name: 'n3' }).click();
    await expect(figure.getByText('Neuron 3 (row 3 of W):')).toBeVisible();
    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'parameters' })).toHaveText('8');
    await expectNoBrokenNumbers(page);
  });

  test('Layer with a bias vector: each bias moves only its own neuron', async ({ page }) => {
    await page.goto('./#vectors-and-matrices');
    const figure = await wakeFigure(page, 'Layer with a bias vector');
    const z1 = figure.getByRole('status', { name: 'z1' });
    const z2 = figure.getByRole('status', { name: 'z2' });
    await expect(z1).toHaveText('1.37');
    await expect(z2).toHaveText('0.223');
    await expect(figure.locator('math').first()).toBeAttached();

    const x3 = figure.getByRole('slider', { name: /x3/ });
    await x3.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    let z = layer([1, 2, 3.5], [0, 0]);
    await expect(z1).toHaveText(shown(z[0]));
    await expect(z2).toHaveText(shown(z[1]));

    const b2 = figure.getByRole('slider', { name: /b2/ });
    await b2.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    z = layer([1, 2, 3.5], [0, -0.003]);
    await expect(z1).toHaveText(shown(z[0]));
    await expect(z2).toHaveText(shown(z[1]));

    await figure.getByRole('button', { name: 'Biases 0.01' }).click();
    z = layer([1, 2, 3.5], [0.01, 0.01]);
    await expect(z1).toHaveText(shown(z[0]));
    await expect(z2).toHaveText(shown(z[1]));

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(z1).toHaveText('1.37');
    await expect(z2).toHaveText('0.223');

    // The exercise's answer, typed into the exact field: b2 = −0.223 silences neuron 2 only.
    const entry = figure.getByRole('textbox', { name: 'b2 (bias of neuron 2) exact value' });
    await entry.fill('-0.223');
    await entry.press('Enter');
    await expect(z2).toHaveText('0');
    await expect(z1).toHaveText('1.37');
    const exercise = page.getByRole('complementary', { name: 'Exercise' }).filter({ hasText: 'touching only its bias b2' });
    await exercise.scrollIntoViewIfNeeded();
    await expect(exercise).toContainText('Solved — well done');
    await expectNoBrokenNumbers(page);
  });

  test('Broadcasting: b is added to every row, shapes follow the batch', async ({ page }) => {
    await page.goto('./#vectors-and-matrices');
    const figure = await wakeFigure(page, 'Broadcasting');
    const row1 = figure.getByRole('status', { name: 'row 1 of Z' });
    await expect(figure.getByRole('status', { name: 'Z shape' })).toHaveText('3 × 2');
    let z = layer([1, 2, 3], [0.5, -0.5]);
    await expect(row1).toHaveText(`(${shown(z[0])}, ${shown(z[1])})`);
    z = layer([-1, 0, 1], [0.5, -0.5]);
    await expect(figure.getByRole('status', { name: 'row 3 of Z' })).toHaveText(`(${shown(z[0])}, ${shown(z[1])})`);

    const batch = figure.getByRole('slider', { name: /batch size/ });
    await batch.focus();
    await page.keyboard.press('End');
    await expect(figure.getByRole('status', { name: 'Z shape' })).toHaveText('6 × 2');

    const b2 = figure.getByRole('slider', { name: /b2/ });
    await b2.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    z = layer([1, 2, 3], [0.5, -0.4]);
    await expect(row1).toHaveText(`(${shown(z[0])}, ${shown(z[1])})`);
    z = layer([1.5, 0.5, -1], [0.5, -0.4]);
    await expect(figure.getByRole('status', { name: 'row 6 of Z' })).toHaveText(`(${shown(z[0])}, ${shown(z[1])})`);

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'Z shape' })).toHaveText('3 × 2');
    await expectNoBrokenNumbers(page);
  });
});
