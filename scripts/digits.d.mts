export const DIGITS_SETTINGS: { nTrain: number; nTest: number; splitSeed: number; hidden: number; batch: number; seed: number; shifts: number[][]; learningRates: number[] };
export function buildDigits(options?: { log?: (line: string) => void; out?: string }): Promise<{ key: string; weights: Uint8Array }>;
