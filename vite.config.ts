import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkMath from 'remark-math';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import rehypeKatex from 'rehype-katex';
import rehypeExportSections from './scripts/mdx/rehype-export-sections.mjs';
import remarkExportReferences from './scripts/mdx/remark-export-references.mjs';
import rehypeScrollRegions from './scripts/mdx/rehype-scroll-regions.mjs';
import rehypeDropTexSource from './scripts/mdx/rehype-drop-tex-source.mjs';
import { precompressedPreview } from './scripts/precompressed-preview.mjs';
import { katexWoff2Only } from './scripts/katex-woff2-only.mjs';

/**
 * Static equations are typeset here, at build time, so they cost the reader no JavaScript.
 * MathML is kept beside the HTML (htmlAndMathml) for screen readers; `trust` stays off and
 * `maxSize` is finite so no chapter can smuggle in links or giant boxes.
 */
export const katexOptions = {
  output: 'htmlAndMathml' as const,
  trust: false,
  maxSize: 10,
  maxExpand: 1000,
  strict: 'ignore' as const,
  throwOnError: true,
};

export default defineConfig({
  // A relative base lets the built site work from any sub-path and from the file system.
  base: './',
  plugins: [
    {
      enforce: 'pre',
      ...mdx({
        remarkPlugins: [remarkFrontmatter, [remarkMdxFrontmatter, { name: 'frontmatter' }], remarkMath, remarkExportReferences],
        rehypePlugins: [rehypeExportSections, [rehypeKatex, katexOptions], rehypeScrollRegions, rehypeDropTexSource],
        providerImportSource: undefined,
      }),
    },
    react({ include: /\.(tsx|ts|jsx|js|mdx)$/ }),
    katexWoff2Only(),
    precompressedPreview(),
  ],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    // Vitest's default (one fewer worker than cores) is a single worker on a 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'core', include: ['src/core/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          exclude: ['src/core/**', 'node_modules/**'],
          environment: 'jsdom',
          setupFiles: ['src/test/setup.ts'],
        },
      },
    ],
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
