import { test, expect, openFigure, expectNoBrokenNumbers } from './fixtures';

const calc = 'A calculation by hand';

test.describe('Permalinks', () => {
  test('the address follows the state, and opening it restores the widget', async ({ page }) => {
    await page.goto('./');
    const figure = await openFigure(page, calc, 'calculation-by-hand');
    const w1 = figure.getByRole('slider', { name: /w1/ });
    await w1.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await figure.getByRole('radio', { name: 'tanh' }).check();
    await expect.poll(() => page.url()).toContain('calculation-by-hand.w1=0.55');
    await expect.poll(() => page.url()).toContain('calculation-by-hand.act=tanh');
    // replaceState, not pushState: the history does not fill up during a drag.
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);

    const restored = await page.context().newPage();
    await restored.goto(page.url());
    const again = await openFigure(restored, calc, 'calculation-by-hand');
    await expect(again.getByRole('textbox', { name: 'w1 (weight 1) exact value' })).toHaveValue('0.55');
    await expect(again.getByRole('radio', { name: 'tanh' })).toBeChecked();
    const z = 0.55 * 2 - 0.2 * 3 + 0.1;
    await expect(again.getByRole('status', { name: 'a', exact: true })).toHaveText(Math.tanh(z).toFixed(3).replace(/0+$/, ''));
    await restored.close();
  });

  test('hostile addresses are bounded, clamped or ignored without an error', async ({ page }) => {
    const hostile = [
      'calculation-by-hand.w1=1e309',
      'calculation-by-hand.x1=-Infinity',
      'calculation-by-hand.b=NaN',
      'calculation-by-hand.act=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'calculation-by-hand.w2=999',
      '__proto__.polluted=1',
      'constructor.prototype.polluted=1',
      'calculation-by-hand.__proto__=1',
      `junk=${'x'.repeat(10_000)}`,
    ].join('&');
    // 20 kB more in the fragment: servers cap the request line, the page must cope with the rest.
    const started = Date.now();
    await page.goto(`./?${hostile}#${'y'.repeat(20_000)}`);
    const figure = await openFigure(page, calc, 'calculation-by-hand');
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect(figure.getByRole('textbox', { name: 'w2 (weight 2) exact value' })).toHaveValue('2');
    await expect(figure.getByRole('textbox', { name: 'w1 (weight 1) exact value' })).toHaveValue('0.5');
    await expect(figure.getByRole('radio', { name: 'sigmoid' })).toBeChecked();
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    await expectNoBrokenNumbers(page);
  });

  test('copy link gives a link to the widget in its current state', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    const figure = await openFigure(page, calc, 'calculation-by-hand');
    await figure.getByRole('textbox', { name: 'b (bias) exact value' }).fill('-1');
    await figure.getByRole('textbox', { name: 'b (bias) exact value' }).press('Enter');
    await figure.getByRole('button', { name: 'Copy link' }).click();
    await expect(figure.getByText('Link copied')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('calculation-by-hand.b=-1');
    expect(link).toMatch(/#fig-calculation-by-hand$/);
  });
});

test.describe('Reading', () => {
  test('a number in the prose drives the figure', async ({ page }) => {
    await page.goto('./#one-neuron');
    const figure = await openFigure(page, calc, 'calculation-by-hand');
    const inline = page.getByRole('slider', { name: /^w1 \(drag/ });
    await inline.focus();
    await page.keyboard.press('ArrowDown');
    await expect(inline).toHaveAttribute('aria-valuenow', '0.49');
    await expect(figure.getByRole('textbox', { name: 'w1 (weight 1) exact value' })).toHaveValue('0.49');
    await page.keyboard.press('Enter');
    const typed = page.getByRole('textbox', { name: 'w1, type a value' });
    await typed.fill('0.25');
    await typed.press('Enter');
    await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('0');
  });

  test('an exercise is checked against the live widget and remembered', async ({ page }) => {
    await page.goto('./#one-neuron');
    const figure = await openFigure(page, calc, 'calculation-by-hand');
    const exercise = page.getByRole('complementary', { name: 'Exercise' }).filter({ hasText: 'Make the neuron say class 0 by changing only the bias' });
    await exercise.scrollIntoViewIfNeeded();
    await expect(exercise.getByRole('status')).toHaveText('Not solved yet.');
    await exercise.getByText('Hint').click();
    await expect(exercise.getByText(/Which b cancels that/)).toBeVisible();
    const b = figure.getByRole('textbox', { name: 'b (bias) exact value' });
    await b.fill('-0.5');
    await b.press('Enter');
    await expect(exercise.getByRole('status')).toHaveText('Solved — well done.');
    await page.reload();
    const again = page.getByRole('complementary', { name: 'Exercise' }).filter({ hasText: 'Make the neuron say class 0 by changing only the bias' });
    await again.scrollIntoViewIfNeeded();
    await expect(again.getByRole('status')).toContainText('Solved');
  });

  test('glossary terms open on focus and close with Esc', async ({ page }) => {
    await page.goto('./#one-neuron');
    const term = page.getByRole('button', { name: 'bias', exact: true }).first();
    await term.focus();
    const tip = page.getByRole('tooltip').filter({ hasText: 'A learnable number added' }).first();
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  });

  test('the contents marks the chapter being read', async ({ page }) => {
    await page.goto('./#one-neuron');
    const nav = page.getByRole('navigation', { name: 'Contents' });
    await expect(nav.locator('a[aria-current="location"]')).toHaveAttribute('href', '#one-neuron');
  });
});

test.describe('Themes, sizes, motion and print', () => {
  test('dark mode follows the system and the toggle persists', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(baseURL!);
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(light).not.toBe(dark);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'false');
    await context.close();
  });

  test('controls are at least 24 × 24 px', async ({ page }) => {
    await page.goto('./#one-neuron');
    const figure = await openFigure(page, calc, 'calculation-by-hand');
    const boxes = await figure.locator('input, button').evaluateAll((els) =>
      els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.getBoundingClientRect()).map((r) => [r.width, r.height]),
    );
    for (const [w, h] of boxes) {
      expect(w).toBeGreaterThanOrEqual(24);
      expect(h).toBeGreaterThanOrEqual(24);
    }
  });

  test('the reading-progress bar follows the scroll position', async ({ page }) => {
    await page.goto('./');
    const share = () => page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.nn-progress')!).transform).a);
    await expect.poll(share).toBe(0);
    // The page grows as chapters near the end render at their real height: scroll until it stops.
    await expect
      .poll(async () => {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        return share();
      })
      .toBeGreaterThan(0.99);
    await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    await expect.poll(share).toBeGreaterThan(0.3);
    await expect.poll(share).toBeLessThan(0.7);
  });

  test('with reduced motion nothing animates by itself', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(baseURL!);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    const running = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
    expect(running).toBe(0);
    await context.close();
  });

  test('print shows text, equations and figures but no controls', async ({ page }) => {
    await page.goto('./');
    await openFigure(page, calc, 'calculation-by-hand');
    await page.emulateMedia({ media: 'print' });
    // The contents prints as the table of contents (e2e/print.spec.ts checks print in full).
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
    await expect(page.locator('#fig-calculation-by-hand').getByRole('slider').first()).toBeHidden();
    await expect(page.locator('#fig-calculation-by-hand').getByRole('button', { name: 'Reset' })).toBeHidden();
    await expect(page.locator('#fig-calculation-by-hand').locator('svg').first()).toBeVisible();
    await expect(page.locator('.katex').first()).toBeVisible();
  });

  test('keyboard: Tab reaches the figure controls in reading order with visible focus', async ({ page }) => {
    await page.goto('./#one-neuron');
    const figure = await openFigure(page, calc, 'calculation-by-hand');
    await figure.getByRole('slider', { name: /x1/ }).focus();
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { name: el.getAttribute('aria-label') ?? el.id, outline: style.outlineStyle };
      });
      order.push(info.name);
      expect(info.outline).not.toBe('none');
    }
    expect(order.length).toBe(6);
  });
});

test.describe('Isolation', () => {
  test('a widget that throws shows a message and the rest keeps working', async ({ page }) => {
    // The widget's own chunk is swapped for one whose component throws: the page ships no hook
    // for breaking itself.
    await page.route('**/assets/CalculationByHand-*.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'export default function Broken() { throw new Error("Deliberate failure"); }' }),
    );
    await page.goto('./#fig-calculation-by-hand');
    const alert = page.getByRole('alert').filter({ hasText: 'ran into a problem' });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Reset this figure' })).toBeVisible();
    // The rest of the essay still works: the theme toggle and the contents respond.
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    const before = await toggle.getAttribute('aria-pressed');
    await toggle.click();
    await expect(toggle).not.toHaveAttribute('aria-pressed', before ?? '');
  });
});
