// Training speed of the "Training a network" figure in real Chromium, against a built site.
// Usage: npm run build && OUT_DIR=dist node scripts/bench-training.mjs
// For each configuration: open the page with that state in the address, press Play, train ~5 s
// while counting requestAnimationFrame callbacks, then read the epochs and the training time the
// figure exposes (data-epochs / data-train-ms). Prints epochs/s, × the playground, page FPS.
// CPU=4 slows the page 4× (DevTools CPU throttling, as a mid-range phone): the frame rate the
// reader sees while training must stay ≥ 50 fps there too.
import { chromium } from 'playwright-core';
import { startPreview } from './preview.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CPU = Number(process.env.CPU ?? 1);
const configs = [
  { name: '2-4-4-1 tanh, batch 10', query: '', playground: 59 },
  { name: '6 hidden layers of 8, tanh, batch 10', query: 'training-network.hidden=6&training-network.units=8', playground: 15 },
];

const preview = await startPreview(Number(process.env.PREVIEW_PORT ?? 4409));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
/** A new page at 1280 × 900, its CPU slowed by the CPU factor. */
async function openPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (CPU > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: CPU });
  return page;
}
/** Frames the page paints in `ms` of wall time: its frame rate while something runs. */
const countFrames = (page, ms) =>
  page.evaluate((duration) => new Promise((resolve) => {
    let count = 0;
    const start = performance.now();
    const tick = (t) => {
      count++;
      if (t - start < duration) globalThis.requestAnimationFrame(tick);
      else resolve({ count, ms: t - start });
    };
    globalThis.requestAnimationFrame(tick);
  }), ms);
const rows = [];
try {
  for (const config of configs) {
    const page = await openPage();
    await page.goto(`${preview.url}${config.query ? `?${config.query}` : ''}#fig-training-network`);
    const figure = page.getByRole('figure', { name: 'Training a network', exact: true });
    await figure.waitFor({ state: 'attached' });
    await figure.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await figure.locator('xpath=ancestor::*[@data-island][1][@data-hydrated="true"]').waitFor({ timeout: 30_000 });
    if (!process.env.BENCH_IDLE) await figure.getByRole('button', { name: 'Play' }).click();
    const frames = await countFrames(page, SECONDS * 1000);
    const stats = figure.locator('[data-epochs]');
    const epochs = Number(await stats.getAttribute('data-epochs'));
    const trainMs = Number(await stats.getAttribute('data-train-ms'));
    if (!process.env.BENCH_IDLE) await figure.getByRole('button', { name: 'Pause' }).click();
    const rate = trainMs > 0 ? (epochs * 1000) / trainMs : 0;
    rows.push({
      configuration: config.name,
      'epochs/s': Math.round(rate),
      'x playground': `${(rate / config.playground).toFixed(1)}× (vs ${config.playground})`,
      'page FPS': ((frames.count * 1000) / frames.ms).toFixed(1),
    });
    await page.close();
  }
  // The digits figure's "Train from scratch" (784-32-10, batches of 32, in its worker): training
  // samples per second, the page's frame rate meanwhile, and the seconds from the press to a test
  // accuracy of 90 % (the figure scores the 2,000 test digits at most once a second).
  {
    const page = await openPage();
    await page.goto(`${preview.url}#fig-handwritten-digits`);
    const figure = page.getByRole('figure', { name: 'Handwritten digits', exact: true });
    await figure.waitFor({ state: 'attached' });
    await figure.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const train = figure.getByRole('button', { name: 'Train from scratch' });
    await page.waitForFunction(() => [...document.querySelectorAll('#fig-handwritten-digits button')].some((b) => b.textContent === 'Train from scratch' && !b.disabled), null, { timeout: 60_000 });
    const pressed = Date.now();
    await train.click();
    const frames = await countFrames(page, SECONDS * 1000);
    const stats = figure.locator('[data-samples]');
    const samples = Number(await stats.getAttribute('data-samples'));
    const trainMs = Number(await stats.getAttribute('data-train-ms'));
    await page.waitForFunction(() => Number(document.querySelector('#fig-handwritten-digits [data-test-accuracy]')?.getAttribute('data-test-accuracy') || 0) >= 0.9, null, { timeout: 120_000, polling: 100 });
    const to90 = (Date.now() - pressed) / 1000;
    await figure.getByRole('button', { name: 'Pause' }).click();
    rows.push({
      configuration: 'digits 784-32-10, batch 32 (worker)',
      'epochs/s': `${Math.round(trainMs > 0 ? (samples * 1000) / trainMs : 0)} samples/s`,
      'x playground': `90 % test accuracy after ${to90.toFixed(1)} s`,
      'page FPS': ((frames.count * 1000) / frames.ms).toFixed(1),
    });
    await page.close();
  }
} finally {
  await browser.close();
  preview.stop();
}
if (CPU > 1) console.log(`CPU ${CPU}× slower (DevTools throttling): the page's frame rate must stay ≥ 50 fps`);
console.table(rows);
if (CPU > 1 && rows.some((row) => Number(row['page FPS']) < 50)) process.exit(1);
