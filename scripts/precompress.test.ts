import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from './precompress.mjs';
import { brotliCopyFor } from './precompressed-preview.mjs';

let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function build() {
  dist = mkdtempSync(join(tmpdir(), 'br-'));
  mkdirSync(join(dist, 'assets'));
  const html = `<!doctype html>${'<p class="katex">z = Wx + b</p>'.repeat(200)}`;
  writeFileSync(join(dist, 'index.html'), html);
  writeFileSync(join(dist, 'assets', 'tiny.js'), 'export {}');
  // Random bytes do not compress: no copy is worth writing.
  writeFileSync(join(dist, 'assets', 'noise.bin'), randomBytes(4096));
  writeFileSync(join(dist, 'assets', 'font.woff2'), 'x'.repeat(5000));
  return html;
}

describe('precompress', () => {
  it('writes a Brotli copy that decompresses to the file, only where it is worth it', async () => {
    const html = build();
    const written = await precompress(dist);
    expect(written.map((entry) => entry.path.slice(dist.length))).toEqual(['/index.html']);
    expect(brotliDecompressSync(readFileSync(join(dist, 'index.html.br'))).toString()).toBe(html);
    expect(written[0].brotli).toBeLessThan(html.length / 20);
  });
});

describe('brotliCopyFor', () => {
  it('answers with the copy only when the browser accepts br and a copy exists', async () => {
    build();
    await precompress(dist);
    expect(brotliCopyFor(dist, '/', 'gzip, deflate, br')).toMatchObject({ copy: join(dist, 'index.html.br'), type: 'text/html; charset=utf-8' });
    expect(brotliCopyFor(dist, '/index.html?x=1#y', 'br;q=0.5')).not.toBeNull();
    expect(brotliCopyFor(dist, '/', 'gzip, deflate')).toBeNull();
    expect(brotliCopyFor(dist, '/', 'gzip, br;q=0')).toBeNull();
    expect(brotliCopyFor(dist, '/', undefined)).toBeNull();
    expect(brotliCopyFor(dist, '/assets/tiny.js', 'br')).toBeNull();
  });

  it('never reaches outside the build', async () => {
    build();
    await precompress(dist);
    writeFileSync(`${dist}-secret.html.br`, 'x');
    try {
      expect(brotliCopyFor(join(dist, 'assets'), '/../index.html', 'br')).toBeNull();
      expect(brotliCopyFor(join(dist, 'assets'), '/%2e%2e/index.html', 'br')).toBeNull();
      expect(brotliCopyFor(dist, '/%E0%A4%A', 'br')).toBeNull();
    } finally {
      rmSync(`${dist}-secret.html.br`);
    }
  });
});
