// Types for scripts/precompressed-preview.mjs, for its test and vite.config.ts.
import type { Plugin } from 'vite';
export declare function brotliCopyFor(dir: string, url: string, acceptEncoding: string | undefined): { copy: string; type: string; size: number } | null;
export declare function precompressedPreview(): Plugin;
