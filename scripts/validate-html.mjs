// Valid HTML: every .html file of the build through the W3C Nu HTML checker (vnu-jar, pinned in
// package.json; it needs Java, installed as Debian's default-jre-headless when running as root).
// One check per file: passed with 0 errors; warnings are printed and allowed.
// `npm test` runs it after the build; alone: `node scripts/validate-html.mjs` checks $OUT_DIR.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { aptInstall } from './aptInstall.mjs';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

const where = (message) => `${message.lastLine ?? '?'}:${message.firstColumn ?? message.lastColumn ?? '?'}`;

/** { passed, failed }: one check per HTML file of `outDir`, or one failure if the checker cannot run. */
export function validateHtml(outDir = process.env.OUT_DIR ?? 'dist') {
  if (!hasJava() && !(aptInstall(['default-jre-headless'], 'The Nu HTML checker needs Java') && hasJava())) {
    console.error('Cannot run the Nu HTML checker: no Java. Install it with `apt-get install default-jre-headless` (Debian).');
    return { passed: 0, failed: 1 };
  }
  const files = htmlFiles(outDir);
  if (files.length === 0) {
    console.error(`The Nu HTML checker found no HTML file in ${outDir}/.`);
    return { passed: 0, failed: 1 };
  }
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--stdout', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let messages;
  try {
    messages = JSON.parse(run.stdout).messages;
  } catch {
    console.error(`The Nu HTML checker gave no report (exit ${run.status}): ${(run.stderr || run.stdout).slice(0, 400)}`);
    return { passed: 0, failed: 1 };
  }
  const totals = { passed: 0, failed: 0 };
  for (const file of files) {
    // vnu names files as file:/abs/path; compared as paths.
    const own = messages.filter((message) => message.url === undefined || fileURLToPath(message.url) === resolve(file));
    const errors = own.filter((message) => message.type === 'error' || message.type === 'non-document-error');
    const warnings = own.filter((message) => message.type === 'info' && message.subType === 'warning');
    const name = relative(process.cwd(), file);
    console.log(`  ${errors.length ? '✘' : '✓'} [Nu HTML checker] ${name}: ${errors.length} errors, ${warnings.length} warnings`);
    for (const message of errors) console.log(`      error ${where(message)}: ${message.message}`);
    for (const message of warnings) console.log(`      warning ${where(message)}: ${message.message}`);
    if (errors.length) totals.failed += 1;
    else totals.passed += 1;
  }
  return totals;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { passed, failed } = validateHtml();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}
