// `npm run audit:lighthouse`: Lighthouse 12.2.3 (the last to run on Node 20) against the built
// site in the system Chromium, default mobile emulation. Prints the four scores, LCP and CLS,
// and fails under: performance 95, accessibility 100, best practices 100, SEO 95, LCP 1.5 s, CLS 0.02.
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { ensureChromium } from './chromium.mjs';
import { CHROMIUM_ARGS } from './browser.mjs';
import { startPreview } from './preview.mjs';

const preview = await startPreview(Number(process.env.PREVIEW_PORT ?? 4340));
const chrome = await chromeLauncher.launch({ chromePath: ensureChromium(), chromeFlags: CHROMIUM_ARGS });
let result;
try {
  const runnerResult = await lighthouse(preview.url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const { categories, audits } = runnerResult.lhr;
  // LH_REPORT=file keeps the whole report, to see where the time goes.
  if (process.env.LH_REPORT) writeFileSync(process.env.LH_REPORT, runnerResult.report);
  result = {
    date: new Date().toISOString(),
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    bestPractices: Math.round(categories['best-practices'].score * 100),
    seo: Math.round(categories.seo.score * 100),
    lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
    cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(4)),
    tbtMs: Math.round(audits['total-blocking-time'].numericValue),
    failing: Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id),
  };
} finally {
  await chrome.kill();
  preview.stop();
}

console.log('\nLighthouse 12.2.3 (mobile emulation)');
console.log(`performance     ${result.performance}   (≥ 95)`);
console.log(`accessibility   ${result.accessibility}   (100)`);
console.log(`best practices  ${result.bestPractices}   (100)`);
console.log(`SEO             ${result.seo}   (≥ 95)`);
console.log(`LCP             ${(result.lcpMs / 1000).toFixed(2)} s (< 1.5 s)`);
console.log(`CLS             ${result.cls} (< 0.02)`);
console.log(`TBT             ${result.tbtMs} ms`);
if (result.failing.length) console.log(`failing audits: ${result.failing.join(', ')}`);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/lighthouse.json', JSON.stringify(result, null, 2));
const ok = result.performance >= 95 && result.accessibility === 100 && result.bestPractices === 100 && result.seo >= 95 && result.lcpMs < 1500 && result.cls < 0.02;
process.exit(ok ? 0 : 1);
