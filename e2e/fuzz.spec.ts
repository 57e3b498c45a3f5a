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
