// Finds the seed's sentences in the chapters: every run of RUN or more consecutive words of the seed
// text that also stands in content/*.mdx, after both sides are reduced to bare words (lower case,
// letters only: numbers, TeX, JSX and Markdown markup removed). Facts and formulas may carry over
// from the seed; its wording may not.
//
//   node scripts/check-seed-wording.mjs                 report runs, exit 1 if there are any
//   node scripts/check-seed-wording.mjs --fingerprint   rewrite scripts/seed-fingerprint.json
//
// The seed lives outside the repository (../shared/seed/, or $SEED), so the check reads a
// fingerprint of it instead: the hash of every RUN-word window, never the text itself. With the
// seed at hand the fingerprint is rebuilt from it and compared, so a stale one cannot pass unseen.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RUN = 7;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const fingerprintPath = join(root, 'scripts', 'seed-fingerprint.json');
export const seedPath = process.env.SEED ?? join(root, '..', 'shared', 'seed', 'neural-networks-mathematically.txt');

/** 32-bit FNV-1a as 8 hex digits: short, stable, and collisions among a few thousand windows are negligible. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

const WORD = /[a-z]+(?:'[a-z]+)*/g;

/** Words of a text, lower case, apostrophes folded (don’t → dont), each with its 1-based line. */
function wordsWithLines(text) {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const words = [];
  let line = 1;
  let last = 0;
  for (const m of lower.matchAll(WORD)) {
    for (let i = last; i < m.index; i++) if (lower[i] === '\n') line++;
    last = m.index;
    words.push({ word: m[0].replace(/'/g, ''), line });
  }
  return words;
}

/**
 * The seed's words. Its formulas arrive twice, as rendered glyphs run together with their TeX
 * ("ninn_{\text{in}}", "z=wx+bz", "vector xx"): a token holding TeX or an equals sign, and a doubled
 * single letter, is formula, not wording.
 */
export function seedWords(seed) {
  const prose = seed
    .split(/(\s+)/)
    .map((token) => (/[\\{}_^=]/.test(token) || /^\(?([a-z])\1[.,:;)]*$/i.test(token) ? ' ' : token))
    .join('');
  return wordsWithLines(prose).map((w) => w.word);
}

/** The fingerprint of a seed: the sorted, unique hashes of its RUN-word windows. */
export function fingerprintOf(seed) {
  const words = seedWords(seed);
  const hashes = new Set();
  for (let i = 0; i + RUN <= words.length; i++) hashes.add(hash(words.slice(i, i + RUN).join(' ')));
  return [...hashes].sort();
}

/** Blanks (keeping line breaks) everything of a chapter that is not prose. */
function blank(text) {
  return text.replace(/[^\n]/g, ' ');
}

/** A chapter's prose words with their lines: front-matter keys, code, math, JSX tags, imports and link targets removed. */
export function chapterWords(mdx) {
  const prose = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, (m) => m.replace(/^(---|title:|summary:)/gm, (k) => blank(k)))
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/\$\$[\s\S]*?\$\$/g, blank)
    .replace(/\$(?:\\.|[^$\\])+\$/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/<\/?[A-Za-z][^>]*>/g, blank)
    .replace(/^(import|export) .*$/gm, blank)
    .replace(/\]\([^)]*\)/g, blank);
  return wordsWithLines(prose);
}

/**
 * Every run of RUN or more consecutive words of a chapter whose every RUN-word window is in the
 * fingerprint: one entry per run, with the line it starts on and its words.
 */
export function seedRuns(fingerprint, files) {
  const known = new Set(fingerprint);
  const runs = [];
  for (const { file, text } of files) {
    const words = chapterWords(text);
    let i = 0;
    while (i + RUN <= words.length) {
      if (!known.has(hash(words.slice(i, i + RUN).map((w) => w.word).join(' ')))) {
        i++;
        continue;
      }
      let end = i + RUN;
      while (end < words.length && known.has(hash(words.slice(end - RUN + 1, end + 1).map((w) => w.word).join(' ')))) end++;
      runs.push({ file, line: words[i].line, words: words.slice(i, end).map((w) => w.word).join(' ') });
      i = end;
    }
  }
  return runs;
}

/** content/*.mdx as { file, text }, file relative to the repository. */
export function contentFiles(dir = join(root, 'content')) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ file: relative(root, join(dir, name)), text: readFileSync(join(dir, name), 'utf8') }));
}

export function storedFingerprint() {
  return JSON.parse(readFileSync(fingerprintPath, 'utf8')).windows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const seed = existsSync(seedPath) ? readFileSync(seedPath, 'utf8') : undefined;
  if (process.argv.includes('--fingerprint')) {
    if (!seed) throw new Error(`No seed at ${seedPath} (set SEED=<path>)`);
    writeFileSync(fingerprintPath, `${JSON.stringify({ run: RUN, windows: fingerprintOf(seed) })}\n`);
    console.log(`Wrote ${relative(root, fingerprintPath)}`);
    process.exit(0);
  }
  const fingerprint = seed ? fingerprintOf(seed) : storedFingerprint();
  if (seed && fingerprint.join() !== storedFingerprint().join()) {
    console.error(`${relative(root, fingerprintPath)} is not the seed's: run node scripts/check-seed-wording.mjs --fingerprint`);
    process.exit(1);
  }
  const runs = seedRuns(fingerprint, contentFiles());
  for (const r of runs) console.log(`${r.file}:${r.line}: "${r.words}"`);
  console.log(`${runs.length} run${runs.length === 1 ? '' : 's'} of ${RUN} or more words of the seed in content/`);
  process.exit(runs.length ? 1 : 0);
}
