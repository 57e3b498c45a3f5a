import { test, expect, expectNoBrokenNumbers, scrollIntoView } from './fixtures';
import { openFigureIn, shoot, shown, sigmoid } from './neuronHelpers';
import { expectAxeClean, expectMoved, mouseDrag, position, touchDrag, touchPage } from './plotDrag';

test.describe('One neuron', () => {
  test('shows the equations and the example, and follows the sliders', async ({ page }) => {
    await page.goto('./#one-neuron');
    const chapter = page.locator('section#one-neuron');
    // Both static equations are typeset at build time.
    await expect(chapter.locator('.katex-display').first()).toBeVisible();
    const figure = await openFigureIn(page, 'one-neuron', 'Neuron anatomy');
    // The running example with a third input: 1 − 0.6 + 0.4 + 0.1 = 0.9, σ(0.9) ≈ 0.711.
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('0.9');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(sigmoid(0.9)));
    await expect(figure.getByRole('slider', { name: 'Drag handle: weight 1' })).toHaveAttribute('aria-valuetext', 'w1 = 0.5, product w1·x1 = 1');
    await shoot(page, '#fig-neuron-anatomy', 'anatomy');

    // x2 up by 10 steps of 0.1: x2 = 4, z = 1 − 0.8 + 0.4 + 0.1 = 0.7.
    await figure.getByRole('slider', { name: /x2/ }).focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('0.7');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(sigmoid(0.7)));
    // Focusing a slider underlines its term (twice: symbols and numbers).
    await expect(figure.locator('.nn-term-hl .nn-term-p2')).toHaveCount(2);
    await expect(figure.locator('[data-part="p2"].nn-anatomy__part--hl')).toHaveCount(1);

    // Hovering a diagram part underlines its term.
    await figure.locator('[data-part="pb"] .nn-anatomy__value').hover();
    await expect(figure.locator('.nn-term-hl .nn-term-pb')).toHaveCount(2);

    // The exercise: ReLU, and only b lowered to −0.8 (z = 0.8 − 0.8 = 0).
    await figure.getByRole('button', { name: 'Reset' }).click();
    await figure.getByRole('radio', { name: 'ReLU' }).check();
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText('0.9');
    const b = figure.getByRole('textbox', { name: 'b (bias) exact value' });
    await b.fill('-0.8');
    await b.press('Enter');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText('0');
    // The chapter's exercises sit at its end; each checks the figure's state once it is awake.
    const exercise = chapter.getByRole('complementary', { name: 'Exercise' }).filter({ hasText: 'changing only the bias b, make the output a exactly 0' });
    await scrollIntoView(exercise);
    await expect(exercise).toContainText('Solved — well done');
    await scrollIntoView(figure);

    // Extremes never break a number.
    await figure.getByRole('slider', { name: /w1/ }).focus();
    await page.keyboard.press('End');
    await figure.getByRole('slider', { name: /x1/ }).focus();
    await page.keyboard.press('Home');
    // z = 2·(−5) − 0.6 + 0.4 − 0.8 = −11.
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('\u221211');
    await expectNoBrokenNumbers(page);

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('0.9');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText('0.711');
  });

  test('the playground follows w, b and x and resets to the example', async ({ page }) => {
    await page.goto('./#one-neuron');
    const chapter = page.locator('section#one-neuron');
    const figure = await openFigureIn(page, 'one-neuron', 'Neuron playground');
    // Independent: z = 0.5·2 + 0.1 = 1.1, a = σ(1.1).
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('1.1');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(sigmoid(1.1)));
    await expect(figure.getByRole('img', { name: /over x/ })).toBeVisible();
    await shoot(page, '#fig-neuron-playground', 'playground');

    // w down to −1 (PageDown moves 0.6 at a time: 0.5 → −0.1 → −0.7, then 30 arrows).
    await figure.getByRole('slider', { name: /^w/ }).focus();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowLeft');
    // z = −1·2 + 0.1 = −1.9.
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText(shown(-1.9));
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(sigmoid(-1.9)));
    const falling = chapter.getByRole('complementary', { name: 'Exercise' }).filter({ hasText: 'Make the output a fall as the input x grows' });
    await scrollIntoView(falling);
    await expect(falling).toContainText('Solved — well done');
    await scrollIntoView(figure);

    // tanh, then x to its minimum: z = −1·(−5) + 0.1 = 5.1.
    await figure.getByRole('radio', { name: 'tanh' }).check();
    await figure.getByRole('slider', { name: /^x/ }).focus();
    await page.keyboard.press('Home');
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('5.1');
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(Math.tanh(5.1)));

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('1.1');

    // Second exercise: with w = 0.5, b = −1 puts z = 0 at x = −b/w = 2.
    const b = figure.getByRole('textbox', { name: 'b (bias) exact value' });
    await b.fill('-1');
    await b.press('Enter');
    await expect(figure.getByRole('status', { name: 'z = 0 at x' })).toHaveText('2');
    const shift = chapter.getByRole('complementary', { name: 'Exercise' }).filter({ hasText: 'using only the bias' });
    await scrollIntoView(shift);
    await expect(shift).toContainText('Solved — well done');
    await scrollIntoView(figure);
    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(sigmoid(1.1)));
    await expectNoBrokenNumbers(page);
  });

  test.describe('Neuron playground: dragging the curve', () => {
    const HANDLE = 'Drag handle: the curve';

    test('by mouse: up moves only b; sideways by 1/12 of the plot turns w by 0.5; arrow keys step both', async ({ page }) => {
      await page.goto('./#one-neuron');
      const figure = await openFigureIn(page, 'one-neuron', 'Neuron playground');
      const w = figure.getByRole('slider', { name: /^w/ });
      const b = figure.getByRole('slider', { name: /^b/ });
      const handle = figure.getByRole('slider', { name: HANDLE });
      await expect(handle).toHaveAttribute('aria-valuetext', 'b = 0.1, w = 0.5');

      await mouseDrag(page, handle, 0, -30);
      await expectMoved(b, 0.1, 1);
      expect(await position(w)).toBe(0.5);

      // The plot area is 416 of the viewBox's 480 units; its full width spans w's range −3…3 (6),
      // so 416/12 units to the right add 6/12 = 0.5: w = 1.
      const bNow = await position(b);
      const box = (await figure.getByRole('img', { name: /over x/ }).boundingBox())!;
      await mouseDrag(page, handle, (416 / 12) * (box.width / 480), 0);
      await expect.poll(() => position(w)).toBeCloseTo(1, 1);
      expect(await position(b)).toBe(bNow);
      const wNow = await position(w);
      // Independent: z = w·2 + b.
      await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText(shown(wNow * 2 + bNow));

      await handle.focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => position(b)).toBeCloseTo(bNow - 0.1, 5);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => position(w)).toBeCloseTo(wNow + 0.1, 5);
      await expectAxeClean(page, '#fig-neuron-playground');
      await expectNoBrokenNumbers(page);
    });

    test('by touch on a phone: a finger dragging the curve down lowers b, to the left lowers w', async ({ browser, baseURL }) => {
      const page = await touchPage(browser, baseURL, './#one-neuron');
      const figure = await openFigureIn(page, 'one-neuron', 'Neuron playground');
      const w = figure.getByRole('slider', { name: /^w/ });
      const b = figure.getByRole('slider', { name: /^b/ });
      await touchDrag(page, figure.getByRole('slider', { name: HANDLE }), 0, 30);
      await expectMoved(b, 0.1, -1);
      await touchDrag(page, figure.getByRole('slider', { name: HANDLE }), -30, 0);
      await expectMoved(w, 0.5, -1);
      await expectAxeClean(page, '#fig-neuron-playground');
      await page.context().close();
    });
  });

  test.describe('Neuron anatomy: pulling an input, a weight or the bias', () => {
    test('by mouse: each part moves its own value by the drawing’s scale, and keys step it', async ({ page }) => {
      // Axe reads the whole page even for one figure: seconds on a busy machine.
      test.slow();
      await page.goto('./#one-neuron');
      const figure = await openFigureIn(page, 'one-neuron', 'Neuron anatomy');
      const z = figure.getByRole('status', { name: 'z', exact: true });
      const unit = ((await figure.locator('.nn-anatomy__svg').boundingBox())!.width) / 560;
      // 200 viewBox units span a weight's range of 4: 25 units up add 0.5, so w2 = 0.3 and
      // z = 1 + 0.9 + 0.4 + 0.1 = 2.4.
      await mouseDrag(page, figure.getByRole('slider', { name: 'Drag handle: weight 2' }), 0, -25 * unit);
      await expect.poll(() => position(figure.getByRole('slider', { name: /^w2/ }))).toBeCloseTo(0.3, 5);
      await expect(z).toHaveText('2.4');
      // …and an input's range of 10: 20 units down take 1 from x1, so x1 = 1 and z = 0.5 + 0.9 + 0.4 + 0.1 = 1.9.
      await mouseDrag(page, figure.getByRole('slider', { name: 'Drag handle: input 1' }), 0, 20 * unit);
      await expect.poll(() => position(figure.getByRole('slider', { name: /^x1/ }))).toBeCloseTo(1, 5);
      await expect(z).toHaveText('1.9');
      await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText(shown(sigmoid(1.9)));
      // Grabbing a part points at its term, as focusing its slider does.
      await expect(figure.locator('.nn-term-hl .nn-term-p1')).toHaveCount(2);
      const bias = figure.getByRole('slider', { name: 'Drag handle: bias' });
      await bias.focus();
      await page.keyboard.press('ArrowUp');
      await expect(bias).toHaveAttribute('aria-valuetext', 'b = 0.11');
      await expect(z).toHaveText('1.91');
      await expectAxeClean(page, '#fig-neuron-anatomy');
      await expectNoBrokenNumbers(page);
    });

    test('by touch on a phone: a finger pulling the bias down lowers b', async ({ browser, baseURL }) => {
      test.slow();
      const page = await touchPage(browser, baseURL, './#one-neuron');
      const figure = await openFigureIn(page, 'one-neuron', 'Neuron anatomy');
      await touchDrag(page, figure.getByRole('slider', { name: 'Drag handle: bias' }), 0, 30);
      await expectMoved(figure.getByRole('slider', { name: /^b/ }), 0.1, -1);
      await touchDrag(page, figure.getByRole('slider', { name: 'Drag handle: weight 3' }), 0, -30);
      await expectMoved(figure.getByRole('slider', { name: /^w3/ }), 0.4, 1);
      await expectAxeClean(page, '#fig-neuron-anatomy');
      await page.context().close();
    });
  });
});
