import { test, expect, expectNoBrokenNumbers } from './fixtures';
import { builtFigureIds } from './figures';

// Each widget gets 500 random interactions from a seeded generator (the same run every time),
// including hostile typed values; afterwards the page must be intact.
const HOSTILE = ['NaN', '1e309', '-1e309', '-0', '1e-320', '', 'abc', '0x1F', '<img src=x onerror=alert(1)>', '9'.repeat(40), '−3', '0.5', ' 2 '];
const KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'];
const SKIP_BUTTONS = /Copy|Play|Run|Train/;

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

for (const [index, id] of builtFigureIds().entries()) {
  test(`fuzz: 500 random interactions with #fig-${id}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`./#fig-${id}`);
    const figure = page.locator(`#fig-${id}`);
    await expect(figure.locator('xpath=ancestor::*[@data-island][1]')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    const random = mulberry32(1234 + index);
    const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)];

    const sliders = await figure.getByRole('slider').all();
    const fields = await figure.getByRole('textbox').all();
    const radios = await figure.getByRole('radio').all();
    const checks = [...(await figure.getByRole('checkbox').all()), ...(await figure.getByRole('switch').all())];
    const buttons = [];
    for (const button of await figure.getByRole('button').all()) {
      if (!SKIP_BUTTONS.test((await button.textContent()) ?? '')) buttons.push(button);
    }
    const kinds = [sliders.length && 'slider', fields.length && 'field', radios.length && 'radio', checks.length && 'check', buttons.length && 'button'].filter(Boolean) as string[];
    expect(kinds.length).toBeGreaterThan(0);

    for (let i = 0; i < 500; i++) {
      const kind = pick(kinds);
      if (kind === 'slider') await pick(sliders).press(pick(KEYS));
      else if (kind === 'field') {
        const field = pick(fields);
        if (!(await field.isEditable())) continue;
        await field.fill(pick(HOSTILE));
        await field.press('Enter');
      } else if (kind === 'radio') {
        const radio = pick(radios);
        if (await radio.isEnabled()) await radio.check({ force: true });
      } else if (kind === 'check') {
        const box = pick(checks);
        if (await box.isEnabled()) await box.click({ force: true });
      } else {
        const button = pick(buttons);
        if ((await button.isVisible()) && (await button.isEnabled())) await button.click();
      }
    }

    await expect(figure).toBeVisible();
    await expect(page.locator('.nn-widget-error')).toHaveCount(0);
    await expectNoBrokenNumbers(page);
    // Still responsive: Reset brings back the example and a slider still moves.
    await figure.getByRole('button', { name: 'Reset' }).click();
    if (sliders.length) {
      const slider = sliders[0];
      await slider.press('Home');
      const low = await slider.inputValue().catch(() => slider.getAttribute('aria-valuenow'));
      await slider.press('End');
      await expect.poll(async () => slider.inputValue().catch(() => slider.getAttribute('aria-valuenow'))).not.toBe(low);
    }
  });
}
