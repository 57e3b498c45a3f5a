export declare function chapterFromPath(path: string): { order: number; slug: string };
