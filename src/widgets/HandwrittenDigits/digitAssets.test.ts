// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeDigits, encodeNetwork } from '../../core/digitData';
import { createDigitNetwork } from '../../core/digitTraining';
import { loadDigitAssets, networkFromFile } from './digitAssets';

const net = createDigitNetwork(16, 4);
const netBytes = encodeNetwork(net);
const dataBytes = encodeDigits({ nTrain: 1, nTest: 1, labels: Uint8Array.from([3, 7]), pixels: new Uint8Array(2 * 784).fill(9) });

afterEach(() => vi.unstubAllGlobals());

describe('the figure\'s files', () => {
  it('a weights file becomes a softmax network with the float32 weights', () => {
    const mlp = networkFromFile(netBytes.buffer as ArrayBuffer);
    expect([mlp.sizes, mlp.loss, mlp.activation]).toEqual([[784, 16, 10], 'softmax-ce', 'relu']);
    expect(mlp.weights[1].data[5]).toBe(Math.fround(net.weights[1].data[5]));
  });
  it('are fetched relative to the page, and a failed load is retried by the next call', async () => {
    const asked: string[] = [];
    let fail = true;
    vi.stubGlobal('fetch', async (url: URL) => {
      asked.push(url.href);
      if (fail) return new Response(null, { status: 404 });
      return new Response((url.href.endsWith('network.bin') ? netBytes : dataBytes).slice().buffer);
    });
    await expect(loadDigitAssets('https://example.org/essay/')).rejects.toThrow(/HTTP 404/);
    fail = false;
    const assets = await loadDigitAssets('https://example.org/essay/');
    expect(asked).toContain('https://example.org/essay/digits/mnist-digits.bin');
    expect(Array.from(assets.data.labels)).toEqual([3, 7]);
    expect(assets.network.sizes).toEqual([784, 16, 10]);
  });
});
