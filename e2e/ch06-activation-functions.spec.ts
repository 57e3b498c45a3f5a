import { test, expect, openFigure, expectNoBrokenNumbers } from './fixtures';

const shown = (x: number) => String(Number(x.toFixed(3))).replace('-', '\u2212');
const sig = (z: number) => 1 / (1 + Math.exp(-z));
const th = (z: number) => (Math.exp(z) - Math.exp(-z)) / (Math.exp(z) + Math.exp(-z));

test.describe('Chapter 6: activation functions', () => {
  test('Activation explorer: values, slopes and flat regions follow z', async ({ page }) => {
    await page.goto('./#fig-activation-explorer');
    const figure = await openFigure(page, 'Activation explorer');
    const st = (name: string) => figure.getByRole('status', { name, exact: true });
    await expect(st('σ(z)')).toHaveText('0.622');
    await expect(st("σ'(z)")).toHaveText(shown(sig(0.5) * (1 - sig(0.5))));
    await expect(st('tanh(z)')).toHaveText(shown(th(0.5)));
    await expect(st("tanh'(z)")).toHaveText(shown(1 - th(0.5) ** 2));
    await expect(st('ReLU(z)')).toHaveText('0.5');
    await expect(st("ReLU'(z)")).toHaveText('1');

    const z = figure.getByRole('slider', { name: /^z/ });
    await z.focus();
    await page.keyboard.press('Home'); // z = −6
    await page.keyboard.press('PageUp'); // −6 + 1.2 = −4.8
    await expect(st('σ(z)')).toHaveText(shown(sig(-4.8)));
    await expect(st("σ'(z)")).toHaveText(shown(sig(-4.8) * (1 - sig(-4.8))));
    await expect(st('ReLU(z)')).toHaveText('0');
    await expect(st("ReLU'(z)")).toHaveText('0');
    await expect(figure).toContainText('the slope is below 0.05 for: sigmoid, tanh, ReLU');

    await figure.getByRole('switch', { name: 'tanh' }).click();
    await expect(st('tanh(z)')).toHaveCount(0);
    await figure.getByRole('switch', { name: 'derivatives' }).click();
    await expect(figure.getByRole('img')).toHaveCount(1);

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(st('σ(z)')).toHaveText('0.622');
    await expect(st('tanh(z)')).toHaveText(shown(th(0.5)));
    await expect(figure.getByRole('img')).toHaveCount(2);

    // The exercise: a z where σ'(z) < 0.01, e.g. z = 5 (σ'(5) ≈ 0.0066).
    const exercise = page.getByRole('complementary', { name: 'Exercise' }).filter({ hasText: 'learning through this neuron would almost stall' });
    await exercise.scrollIntoViewIfNeeded();
    // z is back at 0.5 (σ' ≈ 0.235): not solved now (earlier, z = −4.8 already solved it once).
    await expect(exercise).not.toContainText('Solved — well done');
    const entry = figure.getByRole('textbox', { name: 'z (weighted sum) exact value' });
    await entry.fill('5');
    await entry.press('Enter');
    await expect(st("σ'(z)")).toHaveText(shown(sig(5) * (1 - sig(5))));
    await expect(exercise).toContainText('Solved — well done');
    await expectNoBrokenNumbers(page);
  });

  test('Why a switch at all: the stack equals one matrix until a switch bends it', async ({ page }) => {
    await page.goto('./#fig-why-switch');
    const figure = await openFigure(page, 'Why a switch at all');
    const stack = figure.getByRole('status', { name: 'stack of layers' });
    const single = figure.getByRole('status', { name: 'one layer P x' });
    const initial = await stack.innerText();
    await expect(single).toHaveText(initial);

    const k = figure.getByRole('slider', { name: /^K/ });
    await k.focus();
    await page.keyboard.press('ArrowRight');
    await expect(stack).not.toHaveText(initial);
    await expect(single).toHaveText(await stack.innerText());

    await figure.getByRole('switch', { name: 'activation between layers' }).click();
    await expect(figure.getByRole('status', { name: 'with ReLU between' })).toBeVisible();
    await expect(figure.getByRole('img', { name: /output y1/ })).toHaveAccessibleDescription(/bends/);
    await figure.getByRole('radio', { name: 'tanh' }).check();
    // tanh between layers: each hidden value is squashed into (−1, 1), read from the equation.
    await expect(figure.getByRole('status', { name: 'with tanh between' })).toBeVisible();

    await figure.getByRole('button', { name: 'Resample' }).click();
    await expect(single).toHaveText(await stack.innerText());

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(stack).toHaveText(initial);
    await expect(figure.getByRole('status', { name: 'with ReLU between' })).toHaveCount(0);
    await expectNoBrokenNumbers(page);
  });
  test('An equation that changes shape and back shows the numbers of now, and only the shown shape reaches assistive technology', async ({ page }) => {
    await page.goto('./#fig-why-switch');
    let figure = await openFigure(page, 'Why a switch at all');
    // The column's second live equation: the stack, P x and (when on) the stack with f between.
    const outputs = () => figure.locator('.nn-figure__equation .nn-livemath').nth(1);
    await expect(outputs().getByRole('math')).toHaveCount(1);
    await figure.getByRole('slider', { name: /^K/ }).focus();
    await page.keyboard.press('ArrowRight'); // a fourth layer: the equation takes a new shape
    await figure.getByRole('slider', { name: /^x1/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight'); // x1 = 1.2 while the three-layer shape is out of sight
    await figure.getByRole('slider', { name: /^K/ }).focus();
    await page.keyboard.press('ArrowLeft'); // back to three layers: the kept shape, re-shown
    await expect(figure.getByRole('slider', { name: /^K/ })).toHaveAttribute('aria-valuetext', '3');
    await expect(outputs().getByRole('math')).toHaveCount(1);
    await page.waitForTimeout(400); // the MathML copy follows the digits after 250 ms
    const reshown = await outputs().innerText();
    expect(reshown).toContain('1.2');

    // The same state from the address bar, typeset from scratch.
    expect(page.url()).toContain('why-switch.x1=1.2');
    await page.reload();
    figure = await openFigure(page, 'Why a switch at all');
    await expect(outputs()).toHaveText(reshown, { useInnerText: true });
  });
});
