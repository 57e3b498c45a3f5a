// `npm test`: every suite — unit and component tests (Vitest), then the end-to-end tests in real
// Chromium against the built site, the Nu HTML check of the build and the smoke in Firefox and
// WebKit — closing with one line `N passed, N failed` for all of them. `--e2e-only e2e/x.spec.ts`
// runs only the named specs (add `--engines` for the HTML check and the engine smoke too).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';
import { ensureNumpy } from './numpy.mjs';
import { startPreview } from './preview.mjs';
import { validateHtml } from './validate-html.mjs';
import { runEngineSmokes } from './engines/run.mjs';

const e2eOnly = process.argv.includes('--e2e-only');
const extraArgs = process.argv.slice(2).filter((arg) => arg !== '--e2e-only' && arg !== '--engines');
const namedSpecs = extraArgs.some((arg) => !arg.startsWith('-'));
const runsEngines = !namedSpecs || process.argv.includes('--engines');
mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(command, args, env = {}) {
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

if (!e2eOnly && !ensureNumpy()) {
  console.error('Cannot run the "In code" snippet tests: no python3 with NumPy. Install it with `apt-get install python3-numpy` (Debian) or `pip install numpy`.');
  console.log(`0 passed, 1 failed`);
  process.exit(1);
}

if (!e2eOnly) {
  const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']);
  const report = readJson('test-results/vitest.json');
  if (report) {
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  }
  if (status !== 0 && (!report || report.numFailedTests === 0)) totals.failed += 1; // a suite that failed to load
}

const chromium = ensureChromium();
if (!chromium) {
  console.error('Cannot run the end-to-end tests: no Chromium. Install it with `apt-get install chromium` (Debian) or `npx playwright install chromium`.');
  process.exit(1);
}

if (!existsSync(`${process.env.OUT_DIR ?? 'dist'}/index.html`) || !process.env.SKIP_BUILD) {
  if (run('node', ['scripts/build.mjs']) !== 0) {
    console.log(`${totals.passed} passed, ${totals.failed + 1} failed`);
    process.exit(1);
  }
}

const seconds = {};
const timed = async (name, body) => {
  const started = Date.now();
  const result = await body();
  seconds[name] = (Date.now() - started) / 1000;
  return result;
};

if (runsEngines) {
  const html = await timed('Nu HTML check', () => validateHtml());
  totals.passed += html.passed;
  totals.failed += html.failed;
}

const preview = await startPreview();
let e2eStatus;
try {
  e2eStatus = await timed('Playwright (Chromium)', () => new Promise((resolve) => {
    const child = spawn('npx', ['playwright', 'test', ...extraArgs], {
      stdio: 'inherit',
      env: { ...process.env, CHROMIUM_PATH: chromium, BASE_URL: preview.url },
    });
    child.on('exit', (code) => resolve(code ?? 1));
  }));
  if (runsEngines) {
    const engines = await runEngineSmokes(preview.url);
    totals.passed += engines.passed;
    totals.failed += engines.failed;
    for (const [name, s] of Object.entries(engines.seconds)) seconds[`${name} smoke`] = s;
  }
} finally {
  preview.stop();
}
const e2e = readJson(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/playwright.json');
if (e2e?.stats) {
  totals.passed += e2e.stats.expected + e2e.stats.flaky;
  totals.failed += e2e.stats.unexpected;
  totals.skipped += e2e.stats.skipped;
} else if (e2eStatus !== 0) {
  totals.failed += 1;
}

if (Object.keys(seconds).length) console.log(`Time: ${Object.entries(seconds).map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ')}`);
const line = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
writeFileSync('test-results/summary.txt', `${line}\n`);
console.log(line);
process.exit(totals.failed > 0 || e2eStatus !== 0 ? 1 : 0);
