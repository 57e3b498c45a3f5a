export declare const RUN: number;
export declare const seedPath: string;
export interface SeedRun { file: string; line: number; words: string }
export declare function seedWords(seed: string): string[];
export declare function fingerprintOf(seed: string): string[];
export declare function chapterWords(mdx: string): { word: string; line: number }[];
export declare function seedRuns(fingerprint: readonly string[], files: readonly { file: string; text: string }[]): SeedRun[];
export declare function contentFiles(dir?: string): { file: string; text: string }[];
export declare function storedFingerprint(): string[];
