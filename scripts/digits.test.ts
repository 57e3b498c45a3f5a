// @vitest-environment node
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDigits, DIGITS_SETTINGS } from './digits.mjs';
import { decodeDigits, decodeNetwork } from '../src/core/digitData';

/** Plain forward pass, one digit at a time: ReLU hidden layer, then the largest output. */
function readDigit(net: ReturnType<typeof decodeNetwork>, pixels: Uint8Array, offset: number): number {
  const [nIn, nHidden, nOut] = net.sizes;
  const hidden: number[] = [];
  for (let j = 0; j < nHidden; j++) {
    let z = net.biases[0][j];
    for (let k = 0; k < nIn; k++) z += net.weights[0][j * nIn + k] * (pixels[offset + k] / 255);
    hidden.push(Math.max(0, z));
  }
  let best = 0, bestZ = -Infinity;
  for (let j = 0; j < nOut; j++) {
    let z = net.biases[1][j];
    for (let k = 0; k < nHidden; k++) z += net.weights[1][j * nHidden + k] * hidden[k];
    if (z > bestZ) { bestZ = z; best = j; }
  }
  return best;
}

describe('scripts/digits.mjs (the build step of the digits figure)', () => {
  it('writes 8,000 + 2,000 digits and a 784-32-10 network that reads ≥ 95 % of the test digits; a second run hits the cache', async () => {
    const lines: string[] = [];
    // Into a folder of its own: public/ would put the files into the next build.
    const out = mkdtempSync(join(tmpdir(), 'nn-digits-'));
    const first = await buildDigits({ log: (line) => lines.push(line), out });
    const data = decodeDigits(readFileSync(join(out, 'mnist-digits.bin')).buffer as ArrayBuffer);
    expect([data.nTrain, data.nTest]).toEqual([DIGITS_SETTINGS.nTrain, DIGITS_SETTINGS.nTest]);
    const shipped = readFileSync(join(out, 'mnist-network.bin'));
    expect(Buffer.compare(shipped, Buffer.from(first.weights))).toBe(0);
    const net = decodeNetwork(shipped.buffer.slice(shipped.byteOffset, shipped.byteOffset + shipped.length) as ArrayBuffer);
    expect(net.sizes).toEqual([784, 32, 10]);
    let right = 0;
    for (let i = 0; i < data.nTest; i++) if (readDigit(net, data.pixels, (data.nTrain + i) * 784) === data.labels[data.nTrain + i]) right++;
    expect(right / data.nTest).toBeGreaterThanOrEqual(0.95);
    const again = await buildDigits({ log: (line) => lines.push(line), out });
    expect(again.key).toBe(first.key);
    expect(lines.at(-1)).toMatch(/from cache/);
  }, 600_000);
});
