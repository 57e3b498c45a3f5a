import { test, expect, openFigure, expectNoBrokenNumbers, scrollIntoView } from './fixtures';

const CAPTION = 'Neurons to functions';

test.describe(CAPTION, () => {
  test('trains, moves a unit by keyboard, and resets to the untrained example', async ({ page }) => {
    await page.goto('./#from-neurons-to-functions');
    const figure = await openFigure(page, CAPTION);
    const status = (name: string) => figure.getByRole('status', { name, exact: true });
    await expect(status('n')).toHaveText('6');
    await expect(status('steps')).toHaveText('0');
    // The six bends start evenly spread: unit 1 at −3 + 6·½/6 = −2.5.
    await expect(status('bend of unit 1')).toHaveText('\u22122.5');
    await expect(figure.locator('math').first()).toBeAttached();
    const untrained = await status('mean squared error').innerText();
    expect(Number(untrained)).toBeGreaterThan(0.05);

    const train = figure.getByRole('button', { name: /^Train/ });
    await train.click();
    await train.click();
    await expect(status('steps')).toHaveText('1000', { timeout: 20_000 });
    expect(Number(await status('mean squared error').innerText())).toBeLessThan(0.01);
    const exercise = page.getByRole('complementary', { name: 'Exercise' }).filter({ hasText: 'With the sine as the target' });
    await exercise.scrollIntoViewIfNeeded();
    await expect(exercise).toContainText('Solved', { timeout: 15_000 });
    await scrollIntoView(figure);

    // Unit 3 by keyboard: the bend readout follows −b3 / w3 read from the exact fields.
    const j = figure.getByRole('slider', { name: /^j / });
    await j.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // A trained unit's numbers show on the sliders' grid of 0.01, as its equation writes them.
    const field = (name: RegExp) => figure.getByRole('textbox', { name });
    await expect(field(/^w3 .*exact value/)).toHaveValue(/^\u2212?\d+(\.\d{1,2})?$/);
    await expect(field(/^b3 .*exact value/)).toHaveValue(/^\u2212?\d+(\.\d{1,2})?$/);
    // Moving w3 and b3 puts both on the grid, so the fields hold the exact numbers the bend uses.
    await figure.getByRole('slider', { name: /^w3 / }).focus();
    await page.keyboard.press('ArrowRight');
    const b3 = figure.getByRole('slider', { name: /^b3 / });
    await b3.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    const read = async (name: RegExp) => Number((await field(name).inputValue()).replace('\u2212', '-'));
    const w = await read(/^w3 .*exact value/);
    const b = await read(/^b3 .*exact value/);
    const bend = Number((await status('bend of unit 3').innerText()).replace('\u2212', '-'));
    expect(bend).toBeCloseTo(-b / w, 2);
    await expect(figure.getByText(/moved by hand/)).toBeVisible();
    await expectNoBrokenNumbers(page);

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(status('steps')).toHaveText('0');
    await expect(status('mean squared error')).toHaveText(untrained);
    await expect(status('bend of unit 1')).toHaveText('\u22122.5');
  });

  test('n = 1 with v1 = 0 leaves the mean of sin² as the error; targets and activations switch cleanly', async ({ page }) => {
    await page.goto('./#from-neurons-to-functions');
    const figure = await openFigure(page, CAPTION);
    const status = (name: string) => figure.getByRole('status', { name, exact: true });
    const n = figure.getByRole('slider', { name: /^n / });
    await n.focus();
    await page.keyboard.press('Home');
    await expect(status('n')).toHaveText('1');
    const v1 = figure.getByRole('textbox', { name: /^v1 .*exact value/ });
    await v1.fill('0');
    await v1.press('Enter');
    let s = 0;
    for (let i = 0; i < 121; i++) s += Math.sin(-3 + i * 0.05) ** 2;
    await expect(status('mean squared error')).toHaveText(String(Number((s / 121).toFixed(4))));

    for (const target of ['a step', '|x|', 'a bump', 'sine']) {
      await figure.getByRole('radio', { name: target, exact: true }).check();
      for (const act of ['ReLU', 'sigmoid', 'tanh']) {
        await figure.getByRole('radio', { name: act, exact: true }).check();
        await expect(status('steps')).toHaveText('0');
      }
    }
    await n.focus();
    await page.keyboard.press('End');
    await expect(status('n')).toHaveText('50');
    await figure.getByRole('button', { name: /^Train/ }).click();
    await expect(status('steps')).toHaveText('500', { timeout: 20_000 });
    await expectNoBrokenNumbers(page);
  });
});
