import type { Locator, Page } from '@playwright/test';
import { test, expect, openFigure, expectNoBrokenNumbers, scrollIntoView } from './fixtures';
import { createRng, fillNormal, fillUniform } from '../src/core/rng';

const shown = (x: number, d = 3) => Number(x.toFixed(d)).toString().replace('-', '\u2212');
const sig = (z: number) => 1 / (1 + Math.exp(-z));

/** Time (ms) for one keyboard step on a slider to update the DOM (React flushes discrete events synchronously). */
async function stepTime(slider: Locator, key: string): Promise<number> {
  return slider.evaluate((el, k) => {
    const t0 = performance.now();
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    return performance.now() - t0;
  }, key);
}

/**
 * Scrolls to a figure until its island has hydrated, then hands over to openFigure. Chapters use
 * content-visibility: auto, so the page can shift after the first scroll and leave the figure out
 * of view before it wakes; scrolling again until it wakes makes the test independent of that.
 */
async function wakeFigure(page: Page, caption: string) {
  const figure = page.getByRole('figure', { name: caption, exact: true });
  const island = figure.locator('xpath=ancestor::*[@data-island][1]');
  await page.mouse.move(5, 5);
  await expect(async () => {
    await scrollIntoView(figure);
    await expect(island).toHaveAttribute('data-hydrated', 'true', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  return openFigure(page, caption);
}

test.describe('From one neuron to layers', () => {
  test('Dot product: the example, w3 by keyboard and exact entry, reset', async ({ page }) => {
    await page.goto('./#from-one-neuron-to-layers');
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
    expect(ms).toBeLessThan(16);

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
    await page.goto('./#from-one-neuron-to-layers');
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
    expect(ms).toBeLessThan(16);

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
    await page.goto('./#from-one-neuron-to-layers');
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

  test('Feed-forward network: output, Tab through nodes, activation, reset', async ({ page }) => {
    const forward = (x: number[], sizes: number[], f: (z: number) => number, seed = 42) => {
      const rng = createRng(seed);
      const as = [x];
      for (let l = 1; l < sizes.length; l++) {
        const nIn = sizes[l - 1], nOut = sizes[l];
        // The figure rounds its weights to 3 decimals: the weights it shows are the ones it uses.
        const W = fillNormal(rng, new Float64Array(nIn * nOut), 0, Math.sqrt(2 / (nIn + nOut))).map((w) => Math.round(w * 1000) / 1000);
        as.push(Array.from({ length: nOut }, (_, j) => {
          let z = 0;
          for (let k = 0; k < nIn; k++) z += W[j * nIn + k] * as[l - 1][k];
          return f(z);
        }));
      }
      return as;
    };
    await page.goto('./#from-one-neuron-to-layers');
    const figure = await wakeFigure(page, 'Feed-forward network');
    const as = forward([2, 3], [2, 3, 3, 1], sig);
    await expect(figure.getByRole('status', { name: 'output' })).toHaveText(shown(as[3][0]));

    // Tab from the first input node walks the nodes in order; each shows its own equation.
    await figure.getByRole('button', { name: 'input 1: x1 = 2' }).focus();
    await expect(figure.getByRole('status', { name: 'selected node' })).toHaveText('2');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(figure.getByRole('button', { name: `layer 1, neuron 1: a = ${shown(as[1][0], 2)}` })).toBeFocused();
    await expect(figure.getByRole('status', { name: 'selected node' })).toHaveText(shown(as[1][0]));
    await expect(figure.getByText(/^layer 1, neuron 1: a = /)).toBeVisible();
    await figure.getByRole('button', { name: /^layer 2, neuron 2/ }).hover();
    await expect(figure.getByRole('status', { name: 'selected node' })).toHaveText(shown(as[2][1]));

    await figure.getByRole('radio', { name: 'tanh' }).check();
    await expect(figure.getByRole('status', { name: 'output' })).toHaveText(shown(forward([2, 3], [2, 3, 3, 1], Math.tanh)[3][0]));
    const width = figure.getByRole('slider', { name: /hidden width/ });
    await width.focus();
    await page.keyboard.press('End');
    await expect(figure.getByRole('status', { name: 'output' })).toHaveText(shown(forward([2, 3], [2, 5, 5, 1], Math.tanh)[3][0]));
    const ms = await stepTime(figure.getByRole('slider', { name: /x1/ }), 'ArrowRight');
    test.info().annotations.push({ type: 'timing', description: `Feed-forward step: ${ms.toFixed(2)} ms` });
    expect(ms).toBeLessThan(16);

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'output' })).toHaveText(shown(as[3][0]));
    await expectNoBrokenNumbers(page);
  });
});
