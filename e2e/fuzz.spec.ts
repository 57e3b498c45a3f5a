import { test, expect, expectNoBrokenNumbers } from './fixtures';
import { builtFigureIds } from './figures';

// Each widget gets 500 random interactions from a seeded generator (the same run every time):
// keys on sliders, hostile values typed into fields, clicks on choices and buttons. They are
// driven inside the page (real DOM events, no round trip per action) so all widgets fit in CI.
// Afterwards the page must be intact: no console error, no broken number, the widget responsive.
const HOSTILE = ['NaN', '1e309', '-1e309', '-0', '1e-320', '', 'abc', '0x1F', '<img src=x onerror=alert(1)>', '9'.repeat(40), '−3', '0.5', ' 2 '];
const KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'];
const SKIP_BUTTONS = 'Copy|Play|Run|Train';

for (const [index, id] of builtFigureIds().entries()) {
  test(`fuzz: 500 random interactions with #fig-${id}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`./#fig-${id}`);
    const figure = page.locator(`#fig-${id}`);
    await expect(figure.locator('xpath=ancestor::*[@data-island][1]')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });

    const done = await page.evaluate(
      async ({ id, seed, hostile, keys, skip }) => {
        let state = seed;
        const random = () => {
          state = (state + 0x6d2b79f5) | 0;
          let t = Math.imul(state ^ (state >>> 15), 1 | state);
          t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
          return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
        };
        const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)];
        const root = () => document.getElementById(`fig-${id}`)!;
        const live = (selector: string) =>
          [...root().querySelectorAll<HTMLElement>(selector)].filter((el) => !(el as HTMLInputElement).disabled && el.offsetParent !== null);
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        let actions = 0;
        for (let i = 0; i < 500; i++) {
          // The controls present now (a state change may add, remove or disable some).
          const pools: Record<string, HTMLElement[]> = {
            slider: live('input[type="range"], [role="slider"]'),
            field: live('input[type="text"], input:not([type])'),
            choice: live('input[type="radio"], input[type="checkbox"], [role="switch"]'),
            button: live('button').filter((b) => !new RegExp(skip).test(b.textContent ?? '')),
          };
          const kinds = ['slider', 'slider', 'field', 'choice', 'button'].filter((k) => pools[k].length > 0);
          if (kinds.length === 0) break;
          const kind = pick(kinds);
          const target = pick(pools[kind]);
          if (kind === 'slider') {
            target.focus();
            target.dispatchEvent(new KeyboardEvent('keydown', { key: pick(keys), bubbles: true, cancelable: true }));
          } else if (kind === 'field') {
            const field = target as HTMLInputElement;
            field.focus();
            setValue.call(field, pick(hostile));
            field.dispatchEvent(new Event('input', { bubbles: true }));
            field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
            field.blur();
          } else {
            target.click();
          }
          actions++;
          // Let effects, workers and the address writer run now and then, as between real events.
          if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 0));
        }
        return actions;
      },
      { id, seed: 1234 + index, hostile: HOSTILE, keys: KEYS, skip: SKIP_BUTTONS },
    );
    expect(done).toBe(500);
    await page.waitForTimeout(300);

    await expect(figure).toBeVisible();
    await expect(page.locator('.nn-widget-error')).toHaveCount(0);
    await expectNoBrokenNumbers(page);
    // Still responsive: Reset brings back the example and a slider still moves.
    await figure.getByRole('button', { name: 'Reset' }).click();
    const slider = figure.getByRole('slider').first();
    if (await slider.count()) {
      const position = () => slider.evaluate((el) => (el as HTMLInputElement).value ?? el.getAttribute('aria-valuenow'));
      await slider.press('Home');
      const low = await position();
      await slider.press('End');
      await expect.poll(position).not.toBe(low);
    }
  });
}

// The training lab's and the descent figure's own address parameters: hostile values clamp or are ignored.
test('hostile training-lab and descent parameters in the address are clamped or ignored', async ({ page }) => {
  const hostile = [
    'training-network.test=999',
    'training-network.l2=-5',
    'training-network.opt=%3Cscript%3E',
    'training-network.init=1e309',
    'training-network.tool=NaN',
    'training-network.draw=-1',
    `training-network.points=${encodeURIComponent('50,50,1_60,-60,7_1e309,0,1_<img src=x>_abc')}`,
    'gradient-descent.opt=adamm',
    'gradient-descent.surface=-0',
  ].join('&');
  await page.goto(`./?${hostile}#fig-training-network`);
  const figure = page.locator('#fig-training-network');
  await expect(figure.locator('xpath=ancestor::*[@data-island][1]')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  await expect(figure.getByRole('slider', { name: /test share/ })).toHaveAttribute('aria-valuetext', '50');
  await expect(figure.getByRole('slider', { name: /λ \(L2 strength\)/ })).toHaveAttribute('aria-valuetext', '0');
  await expect(figure.getByRole('radio', { name: 'Gradient descent' })).toBeChecked();
  await expect(figure.getByRole('radio', { name: 'Xavier' })).toBeChecked();
  await expect(figure.getByRole('radio', { name: 'adds class 0 (blue)' })).toBeChecked();
  // The points are read leniently: (0.5, 0.5) of class 1 kept, the class-7 entry and the junk dropped.
  const train = Number(await figure.getByRole('status', { name: 'Training points', exact: true }).innerText());
  const test = await figure.getByRole('status', { name: 'Test loss', exact: true }).innerText();
  expect(train).toBeGreaterThan(80);
  expect(train).toBeLessThan(200);
  expect(test).not.toBe('none held out');
  await expectNoBrokenNumbers(page);
  const descent = page.locator('#fig-gradient-descent');
  await descent.scrollIntoViewIfNeeded();
  await expect(descent.locator('xpath=ancestor::*[@data-island][1]')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  await expect(descent.getByRole('radio', { name: 'Gradient descent' })).toBeChecked();
  await expect(descent.getByRole('radio', { name: 'Round bowl' })).toBeChecked();
  await expectNoBrokenNumbers(page);
});
