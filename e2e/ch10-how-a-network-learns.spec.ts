import { test, expect, expectNoBrokenNumbers } from './fixtures';
import { openFar } from './figures';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const shown = (x: number, digits = 3) => Number(x.toFixed(digits)).toString().replace('-', '\u2212');

test.describe('How a network learns: backpropagation by hand', () => {
  test('Backpropagation by hand: every factor, one update, and reset', async ({ page }) => {
    await page.goto('./#how-a-network-learns');
    const figure = await openFar(page, 'Backpropagation by hand');
    const a = sigmoid(0.5);
    const dLdz = (a - 1) * a * (1 - a);
    const expected: Record<string, string> = {
      z: '0.5',
      a: shown(a),
      L: shown(0.5 * (a - 1) ** 2, 4),
      '∂L/∂a': shown(a - 1),
      '∂a/∂z': shown(a * (1 - a)),
      '∂L/∂w1': shown(dLdz * 2),
      '∂L/∂w2': shown(dLdz * 3),
      '∂L/∂b': shown(dLdz),
    };
    for (const [name, text] of Object.entries(expected)) await expect(figure.getByRole('status', { name, exact: true })).toHaveText(text);
    // The essay's numbers, as printed.
    await expect(figure.getByRole('status', { name: '∂L/∂w1' })).toHaveText('−0.177');
    await expect(figure.getByRole('status', { name: '∂L/∂w2' })).toHaveText('−0.266');
    await expect(figure.getByRole('status', { name: '∂L/∂b' })).toHaveText('−0.089');

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
