// A Vite plugin: `vite preview` sends a file's Brotli copy (written at build time by
// scripts/precompress.mjs) to a browser that accepts `br`, as a static host configured for
// precompressed files does. Without it the preview gzips on the fly and the measured first load
// (Lighthouse, the benchmarks) would be a host's worst case, not a usual one.
import { createReadStream, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { COMPRESSIBLE_TYPES } from './precompress.mjs';

/** `Accept-Encoding: gzip, br;q=0.8` accepts br; `br;q=0` refuses it. */
function acceptsBrotli(header = '') {
  return header.split(',').some((part) => {
    const [name, ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    return name === 'br' && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** The Brotli copy a request may be answered with, or null. `dir` is the build's folder. */
export function brotliCopyFor(dir, url, acceptEncoding) {
  if (!acceptsBrotli(acceptEncoding)) return null;
  let path;
  try {
    path = decodeURIComponent(new URL(url, 'http://preview').pathname);
  } catch {
    return null;
  }
  if (path.endsWith('/')) path += 'index.html';
  const root = resolve(dir);
  const file = resolve(join(root, path));
  // The URL parser has already folded any ../; this guards against a future change of parser.
  if (!file.startsWith(root + sep)) return null;
  const type = COMPRESSIBLE_TYPES[extname(file)];
  if (!type) return null;
  try {
    const copy = `${file}.br`;
    const { size } = statSync(copy);
    return { copy, type, size };
  } catch {
    return null;
  }
}

export function precompressedPreview() {
  return {
    name: 'precompressed-preview',
    configurePreviewServer(server) {
      const dir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const found = brotliCopyFor(dir, req.url ?? '/', req.headers['accept-encoding']);
        if (!found) return next();
        res.statusCode = 200;
        res.setHeader('Content-Type', found.type);
        res.setHeader('Content-Encoding', 'br');
        res.setHeader('Content-Length', found.size);
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', 'no-cache');
        if (req.method === 'HEAD') return res.end();
        createReadStream(found.copy).pipe(res);
      });
    },
  };
}
