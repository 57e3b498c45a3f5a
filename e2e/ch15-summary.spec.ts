import { test, expect, expectNoBrokenNumbers, scrollIntoView } from './fixtures';

test('the summary sheet shows the equations, code and a live neuron', async ({ page }) => {
  await page.goto('./#summary');
  const heading = page.getByRole('heading', { name: 'Summary' });
  await expect(heading).toBeVisible();
  await expect(page.locator('pre code', { hasText: 'torch.nn.init.xavier_normal_(W)' })).toHaveCount(1);
  await expect(page.locator('pre code', { hasText: 'loss.backward()' }).first()).toBeAttached();
  const figures = page.getByRole('figure', { name: 'A calculation by hand', exact: true });
  await expect(figures).toHaveCount(2);
  const figure = figures.nth(1);
  await scrollIntoView(figure);
  await expect(figure.locator('xpath=ancestor::*[@data-island][1]')).toHaveAttribute('data-hydrated', 'true');
  const w1 = figure.getByRole('slider', { name: /w1/ });
  await w1.focus();
  await page.keyboard.press('ArrowLeft');
  // z = 0.49 · 2 − 0.2 · 3 + 0.1 = 0.48
  await expect(figure.getByRole('status', { name: 'z', exact: true })).toHaveText('0.48');
  await figure.getByRole('button', { name: 'Reset' }).click();
  await expect(figure.getByRole('status', { name: 'a', exact: true })).toHaveText('0.622');
  await expectNoBrokenNumbers(page);
});
