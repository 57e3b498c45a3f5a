// `npm run bench:memory`: long sessions must not leak. Presses a slider 10,000 times and trains
// the network for TRAIN_SECONDS (300 = the full five minutes), measuring the JavaScript heap
// after a forced garbage collection before and after, and the frame rate at the start and end.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from './browser.mjs';
import { startPreview } from './preview.mjs';

const STEPS = Number(process.env.STEPS ?? 10_000);
const TRAIN_SECONDS = Number(process.env.TRAIN_SECONDS ?? 60);
const preview = await startPreview(Number(process.env.PREVIEW_PORT ?? 4350));
const browser = await launchChromium();
const results = [];

async function heapMb(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1024 / 1024;
}

async function fps(page, ms = 2000) {
  return page.evaluate(
    (duration) =>
      new Promise((resolve) => {
        let frames = 0;
        const start = performance.now();
        const tick = () => {
          frames++;
          if (performance.now() - start < duration) requestAnimationFrame(tick);
          else resolve((frames * 1000) / (performance.now() - start));
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

try {
  {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${preview.url}#fig-calculation-by-hand`);
    await page.locator('[data-id="calculation-by-hand"][data-hydrated]').waitFor();
    const slider = page.locator('#fig-calculation-by-hand input[type="range"]').nth(2);
    await slider.focus();
    const before = await heapMb(page, cdp);
    for (let i = 0; i < STEPS; i++) await page.keyboard.press(i % 200 < 100 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(500);
    const after = await heapMb(page, cdp);
    results.push({ session: `${STEPS} slider steps (A calculation by hand)`, heapBeforeMb: before, heapAfterMb: after, growthMb: after - before });
    await page.close();
  }
  {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${preview.url}#fig-training-network`);
    await page.locator('[data-id="training-network"][data-hydrated]').waitFor({ timeout: 30_000 });
    const before = await heapMb(page, cdp);
    await page.locator('#fig-training-network').getByRole('button', { name: 'Play' }).click();
    const fpsStart = await fps(page);
    await page.waitForTimeout(Math.max(0, TRAIN_SECONDS * 1000 - 4000));
    const fpsEnd = await fps(page);
    const after = await heapMb(page, cdp);
    results.push({ session: `${TRAIN_SECONDS} s of training`, heapBeforeMb: before, heapAfterMb: after, growthMb: after - before, fpsStart, fpsEnd });
    await page.close();
  }
} finally {
  await browser.close();
  preview.stop();
}

let ok = true;
console.log('\nLong sessions: JavaScript heap after garbage collection (MB)');
for (const r of results) {
  const pass = r.growthMb < 20 && (r.fpsEnd === undefined || r.fpsEnd >= 0.9 * r.fpsStart);
  ok &&= pass;
  const frames = r.fpsStart === undefined ? '' : `, ${r.fpsStart.toFixed(0)} → ${r.fpsEnd.toFixed(0)} fps`;
  console.log(`${r.session}: ${r.heapBeforeMb.toFixed(1)} → ${r.heapAfterMb.toFixed(1)} (growth ${r.growthMb.toFixed(1)} MB, budget 20)${frames} ${pass ? 'ok' : 'OVER'}`);
}
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench-memory.json', JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
process.exit(ok ? 0 : 1);
