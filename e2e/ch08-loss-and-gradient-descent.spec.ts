import { test, expect, expectNoBrokenNumbers } from './fixtures';
import { openFar } from './figures';
import { expectAxeClean, expectMoved, mouseDrag, position, touchDrag, touchPage } from './plotDrag';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const shown = (x: number, digits = 3) => Number(x.toFixed(digits)).toString().replace('-', '\u2212');
const DIVERGED = 'Diverged: the learning rate is too large, so each step overshoots the valley';

test.describe('Loss and gradient descent', () => {
  test('Loss: the squared error of the running neuron follows w1 and the loss choice', async ({ page }) => {
    await page.goto('./#loss-and-gradient-descent');
    const figure = await openFar(page, 'Loss');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText('0.622');
    await expect(figure.getByRole('status', { name: 'L', exact: true })).toHaveText(shown(0.5 * (sigmoid(0.5) - 1) ** 2));

    const w1 = figure.getByRole('slider', { name: 'w1 (weight 1)' });
    await w1.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    const a = sigmoid(0.6 * 2 - 0.2 * 3 + 0.1);
    await expect(figure.getByRole('status', { name: 'L', exact: true })).toHaveText(shown(0.5 * (a - 1) ** 2));
    await figure.getByRole('radio', { name: 'cross-entropy' }).check();
    await expect(figure.getByRole('status', { name: 'L', exact: true })).toHaveText(shown(-Math.log(a)));

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'L', exact: true })).toHaveText('0.071');
    await expectNoBrokenNumbers(page);
  });

  test('Gradient descent: steps shrink the loss, a large rate diverges and says so', async ({ page }) => {
    await page.goto('./#loss-and-gradient-descent');
    const figure = await openFar(page, 'Gradient descent');
    await expect(figure.getByRole('status', { name: 'L', exact: true })).toHaveText('8.75');
    await figure.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(figure.getByRole('status', { name: 'w1' })).toHaveText(shown(-2.5 * 0.9));
    await expect(figure.getByRole('status', { name: 'w2' })).toHaveText(shown(1.5 * 0.5));

    // Run animates one step per frame: 1 + 20 steps, w1 = −2.5·0.9^21.
    await figure.getByRole('button', { name: 'Run 20 steps' }).click();
    await expect(figure.getByRole('status', { name: 'step' })).toHaveText('21', { timeout: 30_000 });
    await expect(figure.getByRole('status', { name: 'w1' })).toHaveText(shown(-2.5 * 0.9 ** 21));

    // With reduced motion, Run jumps straight to the end (here: to the divergence).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await figure.getByRole('button', { name: 'Reset' }).click();
    const eta = figure.getByRole('textbox', { name: 'eta (learning rate) exact value' });
    await eta.fill('0.45');
    await eta.press('Enter');
    await figure.getByRole('button', { name: /^Run/ }).click();
    await expect(figure.getByRole('alert')).toHaveText(DIVERGED);
    await expect(figure.getByRole('status', { name: 'L', exact: true })).toHaveText('diverged');
    // w2 = 1.5·(1 − 5·0.45)^k; ½·5·w2² first passes 1000 at k = 12.
    await expect(figure.getByRole('status', { name: 'step' })).toHaveText('12');
    await expectNoBrokenNumbers(page);

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'step' })).toHaveText('0');
    await expect(figure.getByRole('alert')).toHaveCount(0);

    // A click in the middle of the map moves the start to about (0, 0).
    const hit = figure.locator('rect.nn-learn-plot-hit');
    await hit.click(); // Playwright scrolls it into view and clicks its centre
    const startW = async (name: string) => Math.abs(Number((await figure.getByRole('status', { name }).innerText()).replace('\u2212', '-')));
    await expect.poll(() => startW('w1')).toBeLessThan(0.1);
    await expect.poll(() => startW('w2')).toBeLessThan(0.1);
    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'w1' })).toHaveText('−2.5');
  });

  test('Gradient descent: on the narrow valley momentum and Adam get far lower in 40 steps than plain descent', async ({ page }) => {
    await page.goto('./#loss-and-gradient-descent');
    const figure = await openFar(page, 'Gradient descent');
    const L = figure.getByRole('status', { name: 'L', exact: true });
    const step = figure.getByRole('status', { name: 'step' });
    const valley = figure.getByRole('radio', { name: 'Narrow valley' });
    await valley.focus();
    await valley.check();
    // Start (−2.5, 1.5): ½(0.05·6.25 + 5·2.25) = 5.78125.
    await expect(L).toHaveText('5.781');
    const after40 = async () => {
      for (const goal of ['20', '40']) {
        await figure.getByRole('button', { name: 'Run 20 steps' }).click();
        await expect(step).toHaveText(goal, { timeout: 30_000 });
      }
      return Number((await L.innerText()).replace('\u2212', '-'));
    };
    // Plain descent by hand: w1·0.995⁴⁰, w2·0.5⁴⁰.
    const plain = 0.5 * (0.05 * (2.5 * 0.995 ** 40) ** 2 + 5 * (1.5 * 0.5 ** 40) ** 2);
    expect(await after40()).toBeCloseTo(plain, 3);
    // Momentum by hand (v ← 0.9v + g, w ← w − 0.1v), chosen from the keyboard.
    await figure.getByRole('button', { name: 'Reset' }).click();
    await valley.check();
    await figure.getByRole('radio', { name: 'Gradient descent' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(figure.getByRole('radio', { name: 'Momentum' })).toBeChecked();
    let [w1, w2, v1, v2] = [-2.5, 1.5, 0, 0];
    for (let k = 0; k < 40; k++) {
      [v1, v2] = [0.9 * v1 + 0.05 * w1, 0.9 * v2 + 5 * w2];
      [w1, w2] = [w1 - 0.1 * v1, w2 - 0.1 * v2];
    }
    const momentum = await after40();
    expect(momentum).toBeCloseTo(0.5 * (0.05 * w1 * w1 + 5 * w2 * w2), 3);
    expect(momentum).toBeLessThan(plain / 10);
    await figure.getByRole('button', { name: 'Reset' }).click();
    await valley.check();
    await figure.getByRole('radio', { name: 'Adam' }).check();
    expect(await after40()).toBeLessThan(plain / 5);
    await expectNoBrokenNumbers(page);
  });

  test.describe('Gradient descent: dragging the start point', () => {
    const HANDLE = 'Drag handle: the start point';

    test('by mouse: the start dragged to (1, −1) is there, with loss 3; arrow keys move it', async ({ page }) => {
      await page.goto('./#loss-and-gradient-descent');
      const figure = await openFar(page, 'Gradient descent');
      const w1 = figure.getByRole('slider', { name: /^w1₀/ });
      const w2 = figure.getByRole('slider', { name: /^w2₀/ });
      const handle = figure.getByRole('slider', { name: HANDLE });
      await expect(handle).toHaveAttribute('aria-valuetext', 'start w1 = \u22122.5, w2 = 1.5');
      // viewBox 420 × 400, plot area 356 × 348 (margins 48, 16, 12, 40) for −3…3 on both axes:
      // the start (−2.5, 1.5) is at (48 + 356·0.5/6, 12 + 348·1.5/6), (1, −1) at (48 + 356·4/6, 12 + 348·4/6).
      const box = (await figure.getByRole('img', { name: /Gradient descent path/ }).boundingBox())!;
      const k = box.width / 420;
      await mouseDrag(page, handle, ((356 * 3.5) / 6) * k, ((348 * 2.5) / 6) * k);
      await expect.poll(() => position(w1)).toBe(1);
      expect(await position(w2)).toBe(-1);
      // Independent: L = ½(1² + 5·(−1)²) = 3 at the start.
      await expect(figure.getByRole('status', { name: 'L', exact: true })).toHaveText('3');

      await handle.focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => position(w1)).toBeCloseTo(0.9, 5);
      await expect.poll(() => position(w2)).toBeCloseTo(-0.9, 5);
      // ½(0.9² + 5·0.9²) = 3·0.81 = 2.43.
      await expect(figure.getByRole('status', { name: 'L', exact: true })).toHaveText('2.43');
      await expectAxeClean(page, '#fig-gradient-descent');
      await expectNoBrokenNumbers(page);
    });

    test('by touch on a phone: a finger dragging the start right and up raises w1₀ and w2₀', async ({ browser, baseURL }) => {
      const page = await touchPage(browser, baseURL, './#loss-and-gradient-descent');
      const figure = await openFar(page, 'Gradient descent');
      const w1 = figure.getByRole('slider', { name: /^w1₀/ });
      const w2 = figure.getByRole('slider', { name: /^w2₀/ });
      await touchDrag(page, figure.getByRole('slider', { name: HANDLE }), 40, -40);
      await expectMoved(w1, -2.5, 1);
      await expectMoved(w2, 1.5, 1);
      await expectAxeClean(page, '#fig-gradient-descent');
      await page.context().close();
    });
  });
});
