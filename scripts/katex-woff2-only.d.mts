// Types for scripts/katex-woff2-only.mjs, for vite.config.ts and its test.
import type { Plugin } from 'vite';
export declare function woff2Only(css: string): string;
export declare function katexWoff2Only(): Plugin;
