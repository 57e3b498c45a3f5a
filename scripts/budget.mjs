// Prints the built site's sizes (raw and gzip) and fails when the first load is over budget:
// the JavaScript that index.html loads before any widget, and everything the first paint needs.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_FIRST_LOAD_JS = 150 * 1024;
const BUDGET_FIRST_LOAD_TOTAL = 400 * 1024;
const dist = process.env.OUT_DIR ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const gz = (path) => gzipSync(readFileSync(path)).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// What index.html references directly: entry scripts, modulepreloads and stylesheets.
const referenced = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const firstLoadJs = referenced.filter((file) => file.endsWith('.js'));
const firstLoadCss = referenced.filter((file) => file.endsWith('.css'));

// Fonts the page can use: a KaTeX woff2 counts when the prerendered math uses a class that
// selects it (browsers fetch only fonts that some rendered text needs).
const css = firstLoadCss.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
const FONT_CLASSES = {
  'KaTeX_Main-Regular': /class="[^"]*\bmord\b/, 'KaTeX_Math-Italic': /\bmathnormal\b/, 'KaTeX_Main-Bold': /\b(mathbf|textbf)\b/,
  'KaTeX_Main-Italic': /\b(mathit|textit)\b/, 'KaTeX_Main-BoldItalic': /\bboldsymbol\b.*\btextbf\b/, 'KaTeX_Math-BoldItalic': /\bboldsymbol\b/,
  'KaTeX_AMS-Regular': /\bamsrm\b/, 'KaTeX_Size1-Regular': /\b(size1|op-symbol small-op)\b/, 'KaTeX_Size2-Regular': /\b(size2|large-op)\b/,
  'KaTeX_Size3-Regular': /\bsize3\b/, 'KaTeX_Size4-Regular': /\bsize4\b/, 'KaTeX_Caligraphic-Regular': /\bmathcal\b/,
  'KaTeX_Fraktur-Regular': /\bmathfrak\b/, 'KaTeX_SansSerif-Regular': /\b(mathsf|textsf)\b/, 'KaTeX_Typewriter-Regular': /\b(mathtt|texttt)\b/,
  'KaTeX_Script-Regular': /\bmathscr\b/,
};
const woff2 = [...new Set([...css.matchAll(/url\(([^)]+\.woff2)\)/g)].map((m) => join('assets', m[1].replace(/^\.\//, ''))))];
const fonts = woff2.filter((file) => {
  const family = Object.keys(FONT_CLASSES).find((name) => file.includes(`${name}-`));
  return family !== undefined && FONT_CLASSES[family].test(html);
});
// The essay's own text faces (src/styles/fonts.css): all of them count, since the first screen
// sets prose, italics, headings and the interface (the Greek subsets only where Greek shows —
// counted anyway, an upper bound).
const textFaces = woff2.filter((file) => !file.includes('KaTeX_'));

const rows = [];
const add = (label, file) => {
  const path = join(dist, file);
  const raw = statSync(path).size;
  rows.push({ label, file, raw, gzip: gz(path) });
};
rows.push({ label: 'html', file: 'index.html', raw: Buffer.byteLength(html), gzip: gzipSync(html).length });
firstLoadJs.forEach((file) => add('first-load js', file));
firstLoadCss.forEach((file) => add('first-load css', file));
fonts.forEach((file) => add('font (if used)', file));
textFaces.forEach((file) => add('font (text)', file));

const lazy = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js') && !firstLoadJs.includes(`assets/${file}`));
for (const file of lazy) add('lazy js', `assets/${file}`);

console.log('\nBuilt site sizes');
console.log(`${'kind'.padEnd(15)} ${'file'.padEnd(48)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
for (const row of rows) console.log(`${row.label.padEnd(15)} ${row.file.padEnd(48)} ${kb(row.raw).padStart(10)} ${kb(row.gzip).padStart(10)}`);

const sum = (label) => rows.filter((row) => row.label === label).reduce((total, row) => total + row.gzip, 0);
const js = sum('first-load js');
const total = sum('html') + js + sum('first-load css') + sum('font (if used)') + sum('font (text)');
// What a host that sends the build's Brotli copies (scripts/precompress.mjs) transfers instead;
// woff2 is compressed already and goes as it is.
const brotliSize = (row) => {
  try {
    return statSync(join(dist, `${row.file}.br`)).size;
  } catch {
    return row.file.endsWith('.woff2') ? row.raw : row.gzip;
  }
};
const firstLoad = rows.filter((row) => ['html', 'first-load js', 'first-load css', 'font (if used)', 'font (text)'].includes(row.label));
const totalBrotli = firstLoad.reduce((sum, row) => sum + brotliSize(row), 0);
console.log(`\nFirst-load JavaScript: ${kb(js)} gzip (budget ${kb(BUDGET_FIRST_LOAD_JS)})`);
console.log(`First-load total (HTML, CSS, JS, the text faces, the KaTeX fonts the math uses): ${kb(total)} gzip (budget ${kb(BUDGET_FIRST_LOAD_TOTAL)}); ${kb(totalBrotli)} with the Brotli copies`);
let ok = true;
if (js > BUDGET_FIRST_LOAD_JS) { console.error('First-load JavaScript is over budget.'); ok = false; }
if (total > BUDGET_FIRST_LOAD_TOTAL) { console.error('First-load transfer is over budget.'); ok = false; }
process.exit(ok ? 0 : 1);
