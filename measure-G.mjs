import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto('http://127.0.0.1:4407/');
await page.waitForLoadState('networkidle');
for (const name of ['Backpropagation by hand', 'Gradient descent']) {
const fig = page.getByRole('figure', { name, exact: true });
const island = fig.locator('xpath=ancestor::*[@data-island][1]');
for (let k = 0; k < 10; k++) {
  await fig.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 40);
  await page.waitForTimeout(500);
  const h = await island.getAttribute('data-hydrated');
  console.log(name, k, h);
  if (h) break;
}
}
await browser.close();
