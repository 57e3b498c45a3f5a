import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { precacheList, versionOf, writeServiceWorker } from './service-worker.mjs';

describe('the service worker precache', () => {
  it('lists every file but the worker, dotfiles and Brotli copies, and only woff2 where a font also ships as woff and ttf', () => {
    const files = [
      'index.html', 'sw.js', 'manifest.webmanifest', 'assets/index-AbCd1234.js', 'assets/data/digits-Zz9_-x1Q.bin',
      'assets/KaTeX_Main-Regular-B22Nviop.woff2', 'assets/KaTeX_Main-Regular-Dr94JaBh.woff', 'assets/KaTeX_Main-Regular-ypZvNtVU.ttf',
      'assets/Only-Woff-AAAAAAAA.woff', 'digits/.gitignore', 'digits/mnist-digits.bin', '.well-known/x.txt', 'index.html.br', 'assets/index-AbCd1234.js.br',
    ];
    expect(precacheList(files)).toEqual([
      './assets/KaTeX_Main-Regular-B22Nviop.woff2', './assets/Only-Woff-AAAAAAAA.woff', './assets/data/digits-Zz9_-x1Q.bin',
      './assets/index-AbCd1234.js', './digits/mnist-digits.bin', './index.html', './manifest.webmanifest',
    ]);
  });

  it('changes version when a name or a content changes, and only then', () => {
    const a = [{ url: './index.html', content: Buffer.from('<p>one</p>') }, { url: './assets/a-1.js', content: Buffer.from('x') }];
    expect(versionOf(a)).toBe(versionOf(a.map((entry) => ({ ...entry }))));
    expect(versionOf([a[0], { ...a[1], content: Buffer.from('y') }])).not.toBe(versionOf(a));
    expect(versionOf([a[0], { ...a[1], url: './assets/a-2.js' }])).not.toBe(versionOf(a));
    // Name and content are kept apart: moving a byte from one to the other is another build.
    expect(versionOf([{ url: './ab', content: Buffer.from('c') }])).not.toBe(versionOf([{ url: './a', content: Buffer.from('bc') }]));
  });
});

describe('writeServiceWorker', () => {
  let dist = '';
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it('writes sw.js with the build’s files and a version that follows their content', async () => {
    dist = mkdtempSync(join(tmpdir(), 'sw-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<p>one</p>');
    writeFileSync(join(dist, 'assets', 'index-AbCd1234.js'), 'export {}');
    const first = await writeServiceWorker(dist);
    const source = readFileSync(join(dist, 'sw.js'), 'utf8');
    expect(first.precache).toEqual(['./assets/index-AbCd1234.js', './index.html']);
    expect(source).toContain(JSON.stringify(first.version));
    expect(source).toContain('"./assets/index-AbCd1234.js"');
    // Built again unchanged (its own sw.js now in the folder): the same version.
    expect((await writeServiceWorker(dist)).version).toBe(first.version);
    writeFileSync(join(dist, 'index.html'), '<p>two</p>');
    expect((await writeServiceWorker(dist)).version).not.toBe(first.version);
  });
});
