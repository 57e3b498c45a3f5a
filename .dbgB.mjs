import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
p.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
p.on('pageerror', (e) => console.log('pageerror', e.message));
await p.goto('http://127.0.0.1:4402/');
for (const cap of ['Pixels to numbers', 'Text to numbers', 'Sound to numbers', 'Video as a tensor']) {
  const f = p.getByRole('figure', { name: cap, exact: true });
  await f.scrollIntoViewIfNeeded();
  await p.waitForTimeout(1500);
  console.log(cap, await f.locator('xpath=ancestor::*[@data-island][1]').getAttribute('data-hydrated'));
}
await b.close();
