// Types for scripts/service-worker.mjs, for its test.
export declare const SERVICE_WORKER: string;
export declare function precacheList(paths: string[]): string[];
export declare function versionOf(entries: { url: string; content: Uint8Array | string }[]): string;
export declare function writeServiceWorker(dist: string): Promise<{ version: string; precache: string[] }>;
