// Writes a Brotli copy (`name.br`) beside every compressible file of a build. Brotli at its
// highest quality makes the essay's HTML about half the size gzip does (the page is mostly
// KaTeX's repetitive markup), and compressing once at build time lets that quality cost nothing
// per request. Static hosts send these copies to browsers that accept `br` (nginx
// `brotli_static`, Caddy `precompressed br`); `vite preview` does through
// scripts/precompressed-preview.mjs. A copy that would save little is not written.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/**
 * Text and data formats worth compressing, with the type a server sends them as; images and fonts
 * (woff2) are compressed already.
 */
export const COMPRESSIBLE_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.bin': 'application/octet-stream',
};
export const COMPRESSIBLE = new RegExp(`(${Object.keys(COMPRESSIBLE_TYPES).map((ext) => `\\${ext}`).join('|')})$`);
/** Below this size the headers cost more than compression saves. */
export const MIN_BYTES = 1024;
/** A copy must save at least this share of the file's bytes to be worth keeping. */
export const MIN_SAVING = 0.1;

export function brotli(content) {
  return brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
}

export async function precompress(dist) {
  const written = [];
  for (const entry of await readdir(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const content = await readFile(path);
    if (content.length < MIN_BYTES) continue;
    const compressed = brotli(content);
    if (compressed.length > content.length * (1 - MIN_SAVING)) continue;
    await writeFile(`${path}.br`, compressed);
    written.push({ path, bytes: content.length, brotli: compressed.length });
  }
  return written;
}
