import { test, expect, openFigure, expectNoBrokenNumbers } from './fixtures';
import { expectAxeClean, expectMoved, mouseDrag, position, touchDrag, touchPage } from './plotDrag';

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

  test.describe('Activation explorer: dragging the z marker', () => {
    const HANDLE = 'Drag handle: the marker on the axis';

    test('by mouse: z goes to the point under the pointer; arrow keys on the handle step z', async ({ page }) => {
      await page.goto('./#activation-functions');
      const figure = await openFigure(page, 'Activation explorer', 'activation-explorer');
      const z = figure.getByRole('slider', { name: /^z/ });
      const handle = figure.getByRole('slider', { name: HANDLE });
      await expect(handle).toHaveAttribute('aria-valuetext', 'z = 0.5');
      // The plot's frame: viewBox 480 wide, plot area from 48 to 480 − 16 for z from −6 to 6, so
      // z = 3 is 48 + (9/12)·416 = 360 viewBox units from the left.
      const box = (await figure.getByRole('img', { name: 'Activation values' }).boundingBox())!;
      const handleBox = (await handle.boundingBox())!;
      const targetX = box.x + (360 * box.width) / 480;
      await mouseDrag(page, handle, targetX - (handleBox.x + handleBox.width / 2), 0);
      await expect.poll(() => position(z)).toBeCloseTo(3, 1);
      const zNow = await position(z);
      await expect(figure.getByRole('status', { name: 'σ(z)', exact: true })).toHaveText(shown(sig(zNow)));
      await expect(handle).toHaveAttribute('aria-valuetext', `z = ${shown(zNow)}`);

      await handle.focus();
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => position(z)).toBeCloseTo(zNow - 0.01, 5);
      // Home and End, as on every slider: the ends of z's range, −6 and 6.
      await page.keyboard.press('Home');
      await expect.poll(() => position(z)).toBe(-6);
      await page.keyboard.press('End');
      await expect.poll(() => position(z)).toBe(6);
      await expect(handle).toHaveAttribute('aria-valuetext', 'z = 6');
      await expectAxeClean(page, '#fig-activation-explorer');
      await expectNoBrokenNumbers(page);
    });

    test('by touch on a phone: a finger dragging left lowers z', async ({ browser, baseURL }) => {
      const page = await touchPage(browser, baseURL, './#activation-functions');
      const figure = await openFigure(page, 'Activation explorer', 'activation-explorer');
      const z = figure.getByRole('slider', { name: /^z/ });
      const before = await position(z);
      await touchDrag(page, figure.getByRole('slider', { name: HANDLE }), -60, 0);
      await expectMoved(z, before, -1);
      await expectAxeClean(page, '#fig-activation-explorer');
      await page.context().close();
    });
  });
});
