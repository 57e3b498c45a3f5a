import { test, expect, openFigure, expectNoBrokenNumbers, stepTime, wakeFigure } from './fixtures';
import { createRng, fillNormal } from '../src/core/rng';
import { expectAxeClean, expectMoved, mouseDrag, position, touchDrag, touchPage } from './plotDrag';

const shown = (x: number, d = 3) => Number(x.toFixed(d)).toString().replace('-', '\u2212');
const sig = (z: number) => 1 / (1 + Math.exp(-z));

/** The figure's network computed here: Xavier weights from the seed, rounded to 3 decimals as shown. */
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


test.describe('Feed-forward networks', () => {
  test('Why a switch at all: the stack equals one matrix until a switch bends it', async ({ page }) => {
    await page.goto('./#feed-forward-networks');
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
    await page.goto('./#feed-forward-networks');
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

  test('Feed-forward network: output, Tab through nodes, activation, reset', async ({ page }) => {
    await page.goto('./#feed-forward-networks');
    const figure = await wakeFigure(page, 'Feed-forward network');
    const as = forward([2, 3], [2, 3, 3, 1], sig);
    await expect(figure.getByRole('status', { name: 'output' })).toHaveText(shown(as[3][0]));

    // Tab from the first input node walks the nodes in order; each shows its own equation.
    await figure.getByRole('slider', { name: 'Drag handle: input 1' }).focus();
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

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('status', { name: 'output' })).toHaveText(shown(as[3][0]));
    await expectNoBrokenNumbers(page);
  });

  // Axe reads the whole 44,000-element page even for one figure: seconds on a busy machine, so
  // each of these checks has a test (and the slow-test time) of its own.
  test('Feed-forward network: an input node pulled up by mouse changes its input, and keys step it', async ({ page }) => {
    test.slow();
    await page.goto('./#feed-forward-networks');
    const figure = await wakeFigure(page, 'Feed-forward network');
    const x1 = figure.getByRole('slider', { name: /^x1/ });
    const node = figure.getByRole('slider', { name: 'Drag handle: input 1' });
    // 200 viewBox units span x1's range of 10, so 40 units up add 2: x1 = 4.
    const box = (await figure.locator('.nn-ff-diagram svg').boundingBox())!;
    await mouseDrag(page, node, 0, -40 * (box.width / 480));
    await expect.poll(() => position(x1)).toBeCloseTo(4, 5);
    await expect(node).toHaveAttribute('aria-valuetext', 'x1 = 4');
    await expect(figure.getByRole('status', { name: 'output' })).toHaveText(shown(forward([4, 3], [2, 3, 3, 1], sig)[3][0]));
    await node.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => position(x1)).toBeCloseTo(3.9, 5);
    await expectAxeClean(page, '#fig-feed-forward');
  });

  test('Feed-forward network: an input node pulled down by a finger on a phone lowers its input', async ({ browser, baseURL }) => {
    test.slow();
    const phone = await touchPage(browser, baseURL, './#feed-forward-networks');
    const onPhone = await wakeFigure(phone, 'Feed-forward network');
    await touchDrag(phone, onPhone.getByRole('slider', { name: 'Drag handle: input 2' }), 0, 30);
    await expectMoved(onPhone.getByRole('slider', { name: /^x2/ }), 3, -1);
    await expectAxeClean(phone, '#fig-feed-forward');
    await phone.context().close();
  });
});
