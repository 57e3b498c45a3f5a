// Types for scripts/precompress.mjs, for its test.
export declare const COMPRESSIBLE_TYPES: Record<string, string>;
export declare const COMPRESSIBLE: RegExp;
export declare const MIN_BYTES: number;
export declare const MIN_SAVING: number;
export declare function brotli(content: Uint8Array): Buffer;
export declare function precompress(dist: string): Promise<{ path: string; bytes: number; brotli: number }[]>;
