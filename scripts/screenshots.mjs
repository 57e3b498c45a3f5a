// `npm run screenshots`: every figure of the built site, alive, at 1280 px in the light theme and
// at 375 px (a phone) in the dark theme, as PNGs in screenshots/ (SHOTS_DIR=<folder>; git-ignored).
// For looking at, not for tests: wrapped labels, ragged choice groups and doubled values show at a
// glance. OUT_DIR=<build> (default dist), PREVIEW_PORT, ONLY=<regex of figure ids>, SETTING.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browser.mjs';
import { startPreview } from './preview.mjs';

const outDir = process.env.OUT_DIR ?? 'dist';
const shotsDir = process.env.SHOTS_DIR ?? 'screenshots';
const only = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
const html = readFileSync(`${outDir}/index.html`, 'utf8');
const figures = [...new Set([...html.matchAll(/<figure id="fig-([^"]+)"/g)].map((m) => m[1]))].filter((id) => !only || only.test(id));

const SETTINGS = [
  { name: '1280-light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: '375-dark', viewport: { width: 375, height: 800 }, colorScheme: 'dark', isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
];

mkdirSync(shotsDir, { recursive: true });
const preview = await startPreview(Number(process.env.PREVIEW_PORT ?? 4331));
const browser = await launchChromium();
let count = 0;
try {
  // SETTING=1280-light or 375-dark takes one of the two.
  for (const { name, ...options } of SETTINGS.filter((setting) => !process.env.SETTING || setting.name === process.env.SETTING)) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    // A linked figure wakes the islands at once (see src/app/main.tsx).
    await page.goto(`${preview.url}#fig-${figures[0]}`);
    // A figure taller than the window is photographed whole, but the browser skips live equations
    // and chapters out of view (content-visibility): render them all for the picture (without it,
    // a dozen phone shots came out blank). On a phone the first plot and the transport bar stick
    // to the screen's edges (layout.css), which in a picture of the whole figure draws them over
    // its middle: in the picture they stay where the figure puts them.
    await page.addStyleTag({
      content:
        '.nn-livemath--display, .nn-chapter { content-visibility: visible !important; } ' +
        '.nn-figure__plots > .nn-plot:first-child, .nn-figure__transport { position: relative !important; top: auto !important; bottom: auto !important; }',
    });
    for (const id of figures) {
      const island = page.locator(`[data-id="${id}"]`).first();
      // Scroll until it wakes: chapters above it may change height (content-visibility) meanwhile.
      for (let attempt = 0; attempt < 20 && (await island.getAttribute('data-hydrated')) !== 'true'; attempt++) {
        await island.evaluate((el) => el.scrollIntoView({ behavior: 'instant', block: 'start' }));
        await page.waitForTimeout(250);
      }
      const figure = page.locator(`#fig-${id}`).first();
      await figure.evaluate((el) => el.scrollIntoView({ behavior: 'instant', block: 'start' }));
      // Fonts and lazily typeset equations settle before the picture is taken.
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      await figure.screenshot({ path: join(shotsDir, `${id}--${name}.png`), animations: 'disabled' });
      count++;
    }
    await context.close();
  }
} finally {
  await browser.close();
  preview.stop();
}
console.log(`${count} screenshots of ${figures.length} figures in ${shotsDir}/`);
