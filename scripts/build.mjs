// Builds the static site: the client bundle, then a server bundle that renders the whole essay
// to HTML, which is written into dist/index.html so it reads without JavaScript.
import { build } from 'vite';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeServiceWorker } from './service-worker.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// OUT_DIR lets several builds (parallel work, benchmarks) live side by side.
const outName = process.env.OUT_DIR ?? 'dist';
const dist = `${root}${outName}`;
const ssrOut = `${root}${outName}-ssr`;

await rm(dist, { recursive: true, force: true });
await rm(ssrOut, { recursive: true, force: true });
// A production build from the start: a step that runs Vite's module runner first (scripts/digits.mjs
// does) sets an unset NODE_ENV to 'development', and the client build would then ship React's
// development build, dev-only code and no service worker registration (import.meta.env.DEV).
process.env.NODE_ENV = 'production';
// The digits figure's data and trained network, into public/digits/ for the client build to copy.
await (await import('./digits.mjs')).buildDigits();
// NO_MINIFY=1 keeps readable names for profiling.
await build({ root, logLevel: 'warn', build: { outDir: dist, minify: process.env.NO_MINIFY ? false : undefined } });
await build({
  root,
  logLevel: 'warn',
  build: { ssr: 'src/app/prerender.tsx', outDir: ssrOut, emptyOutDir: true },
});

const { render } = await import(pathToFileURL(`${ssrOut}/prerender.js`).href);
const html = await render();
const template = await readFile(`${dist}/index.html`, 'utf8');
if (!template.includes('<!--essay-->')) throw new Error('index.html lost its <!--essay--> placeholder');
await writeFile(`${dist}/index.html`, template.replace('<!--essay-->', html));
await rm(ssrOut, { recursive: true, force: true });
console.log(`Prerendered ${outName}/index.html (${(html.length / 1024).toFixed(0)} KB of essay HTML)`);
// Last, so the worker's precache list holds every file of the finished build.
const worker = await writeServiceWorker(dist);
console.log(`Service worker ${outName}/sw.js: version ${worker.version}, ${worker.precache.length} files precached`);
// After the worker, whose list names files, not their transfer encodings.
const copies = await (await import('./precompress.mjs')).precompress(dist);
const sum = (key) => copies.reduce((total, copy) => total + copy[key], 0);
console.log(`Brotli copies: ${copies.length} files, ${(sum('bytes') / 1024).toFixed(0)} KB → ${(sum('brotli') / 1024).toFixed(0)} KB`);
