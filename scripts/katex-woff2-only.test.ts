import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { woff2Only } from './katex-woff2-only.mjs';

const katexCss = readFileSync(join(process.cwd(), 'node_modules/katex/dist/katex.min.css'), 'utf8');
const faces = (css: string) => [...css.matchAll(/@font-face\{[^}]*\}/g)].map((m) => m[0]);

describe('KaTeX faces as woff2 only', () => {
  it('keeps every face, each with its woff2 file as its one source', () => {
    const before = faces(katexCss);
    const after = faces(woff2Only(katexCss));
    expect(before.length).toBe(20);
    expect(after.length).toBe(before.length);
    for (const face of after) expect([...face.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1].split('.').pop())).toEqual(['woff2']);
  });

  it('changes nothing outside the faces', () => {
    const rest = (css: string) => css.replace(/@font-face\{[^}]*\}/g, '');
    expect(rest(woff2Only(katexCss))).toBe(rest(katexCss));
  });
});
