import { test, expect, openFigure, expectNoBrokenNumbers } from './fixtures';

const shown = (x: number) => String(Number(x.toFixed(3))).replace('-', '\u2212');
const sig = (z: number) => 1 / (1 + Math.exp(-z));
const th = (z: number) => (Math.exp(z) - Math.exp(-z)) / (Math.exp(z) + Math.exp(-z));

test.describe('Activation functions', () => {
  test('Activation explorer: values, slopes and flat regions follow z', async ({ page }) => {
    await page.goto('./#activation-functions');
    const figure = await openFigure(page, 'Activation explorer', 'activation-explorer');
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

    await expectNoBrokenNumbers(page);
  });
});
