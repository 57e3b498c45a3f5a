import { test, expect, openFigure, expectNoBrokenNumbers } from './fixtures';

const shown = (x: number) => String(Number(x.toFixed(3))).replace('-', '\u2212');
// The essay's W, written out again here so the test does not trust the widget's copy.
const W = [
  [0.314, -0.087, 0.41],
  [0.963, -0.148, -0.148],
];
const layer = (x: number[], b: number[]) => W.map((row, j) => row.reduce((s, w, k) => s + w * x[k], b[j]));

test.describe('Chapter 4: bias', () => {
  test('Layer with a bias vector: each bias moves only its own neuron', async ({ page }) => {
    await page.goto('./#fig-layer-with-bias');
    const figure = await openFigure(page, 'Layer with a bias vector');
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
    await page.goto('./#fig-broadcasting');
    const figure = await openFigure(page, 'Broadcasting');
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
