// `npm run pdf`: the essay as a printed A4 PDF, every figure live in the state it starts in.
// Builds nothing: it prints the build in OUT_DIR (default dist), served by `vite preview`.
// PDF=<file> names the output (default test-results/essay.pdf); PAPER=Letter prints US Letter.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launchChromium } from './browser.mjs';
import { startPreview } from './preview.mjs';

const outDir = process.env.OUT_DIR ?? 'dist';
const output = process.env.PDF ?? 'test-results/essay.pdf';
const paper = process.env.PAPER ?? 'A4';
/** The paper's width in CSS pixels (96 per inch), so the page is laid out as wide as it prints. */
const paperWidth = { A4: 794, Letter: 816 }[paper];
if (!paperWidth) {
  console.error(`PAPER must be A4 or Letter, not ${paper}.`);
  process.exit(1);
}
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`No build in ${outDir}/: run \`npm run build\` (or OUT_DIR=${outDir} node scripts/build.mjs) first.`);
  process.exit(1);
}

/** Pages of a PDF as Chromium writes it: one `/Type /Page` dictionary each (`/Pages` is the tree). */
function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

const preview = await startPreview();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: paperWidth, height: 1100 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(preview.url, { waitUntil: 'load' });
  // Every island wakes as it nears the viewport: scroll through the whole essay, then bring any
  // still asleep into view one by one, and wait until all have rendered their live figure.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 500) {
      window.scrollTo({ top: y, behavior: 'instant' });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
    }
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const left = await page.evaluate(() => {
      const asleep = document.querySelectorAll('[data-island]:not([data-hydrated="true"])');
      asleep[0]?.scrollIntoView({ behavior: 'instant', block: 'center' });
      return asleep.length;
    });
    if (left === 0) break;
    if (Date.now() > deadline) throw new Error(`${left} figures did not wake within a minute`);
    await page.waitForTimeout(100);
  }
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.evaluate(() => document.fonts.ready);
  await page.emulateMedia({ media: 'print' });
  const islands = await page.locator('[data-island]').count();
  const pdf = await page.pdf({ format: paper, preferCSSPageSize: false, printBackground: false });
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, pdf);
  if (problems.length > 0) console.error(`The page reported:\n  ${problems.join('\n  ')}`);
  console.log(`${output}: ${pageCount(pdf)} pages (${paper}), ${islands} islands awake`);
} finally {
  await browser.close();
  preview.stop();
}
