import { describe, expect, it } from 'vitest';
import { activations, neuron } from './activations';
import type { ActivationName } from './activations';
import { makeDataset } from './datasets';
import { accuracy, evaluateLoss } from './evaluate';
import { matrix } from './linalg';
import type { Matrix } from './linalg';
import { cloneMlp, createMlp, isFiniteMlp, parameterCount } from './mlp';
import type { Mlp, OutputActivation } from './mlp';
import type { LossName } from './losses';
import { backward } from './mlpBackward';
import { forward, predict } from './mlpForward';
import { createRng, fillNormal } from './rng';
import { relativeError } from './testUtils';
import { createTrainer, sgdStep } from './train';

function randomMatrix(rows: number, cols: number, seed: number): Matrix {
  return matrix(rows, cols, fillNormal(createRng(seed), new Float64Array(rows * cols)));
}

/** Reference forward pass, one sample and one unit at a time through neuron(). */
function naiveOutput(mlp: Mlp, x: number[]): number[] {
  let a = x;
  mlp.weights.forEach((W, l) => {
    const last = l === mlp.weights.length - 1;
    a = Array.from({ length: W.rows }, (_, j) =>
      neuron(W.data.subarray(j * W.cols, (j + 1) * W.cols), a, mlp.biases[l][j], last ? mlp.output : mlp.activation).a);
  });
  return a;
}

describe('createMlp(options)', () => {
  const mlp = createMlp({ sizes: [2, 8, 8, 1], activation: 'tanh', init: 'xavier', seed: 1 });
  it('layer l has weights sizes[l+1] × sizes[l] and zero biases; defaults: linear output, bce', () => {
    expect(mlp.weights.map((W) => [W.rows, W.cols])).toEqual([[8, 2], [8, 8], [1, 8]]);
    expect(mlp.biases.map((b) => Array.from(b))).toEqual([new Array(8).fill(0), new Array(8).fill(0), [0]]);
    expect([mlp.output, mlp.loss]).toEqual(['linear', 'bce']);
    expect(parameterCount(mlp)).toBe(2 * 8 + 8 + 8 * 8 + 8 + 8 + 1);
  });
  it('same seed → same weights; different seed → different', () => {
    const again = createMlp({ sizes: [2, 8, 8, 1], activation: 'tanh', init: 'xavier', seed: 1 });
    const other = createMlp({ sizes: [2, 8, 8, 1], activation: 'tanh', init: 'xavier', seed: 2 });
    expect(again.weights).toEqual(mlp.weights);
    expect(other.weights).not.toEqual(mlp.weights);
  });
  it('rejects fewer than 2 sizes', () => {
    expect(() => createMlp({ sizes: [3], activation: 'relu', init: 'he', seed: 1 })).toThrow(/sizes must list at least 2/);
  });
  it('cloneMlp copies deeply; isFiniteMlp spots NaN', () => {
    const copy = cloneMlp(mlp);
    expect(copy).toEqual(mlp);
    copy.weights[1].data[3] = NaN;
    expect(mlp.weights[1].data[3]).not.toBeNaN();
    expect(isFiniteMlp(mlp)).toBe(true);
    expect(isFiniteMlp(copy)).toBe(false);
  });
});

describe('forward(mlp, X) and predict(mlp, X)', () => {
  it('match a sample-by-sample pass through neuron() (3-5-4-2, sigmoid output)', () => {
    const mlp = createMlp({ sizes: [3, 5, 4, 2], activation: 'tanh', init: 'he', seed: 3, output: 'sigmoid', loss: 'mse' });
    mlp.biases.forEach((b, l) => b.forEach((_, j) => { b[j] = 0.1 * (j - l); }));
    const X = randomMatrix(7, 3, 4);
    const cache = forward(mlp, X);
    const out = predict(mlp, X);
    expect([out.rows, out.cols]).toEqual([7, 2]);
    expect(cache.zs.map((z) => [z.rows, z.cols])).toEqual([[7, 5], [7, 4], [7, 2]]);
    expect(cache.as[0]).toBe(X);
    for (let i = 0; i < 7; i++) {
      const ref = naiveOutput(mlp, Array.from(X.data.subarray(3 * i, 3 * i + 3)));
      ref.forEach((v, j) => expect(out.data[2 * i + j]).toBeCloseTo(v, 13));
    }
  });
  it('rejects an input with the wrong number of columns', () => {
    const mlp = createMlp({ sizes: [2, 3, 1], activation: 'relu', init: 'he', seed: 1 });
    expect(() => forward(mlp, matrix(4, 3))).toThrow(/X is 4×3 but the network expects 2 inputs/);
  });
});

describe('backward(mlp, cache, Y) matches central finite differences (relative error < 1e-6)', () => {
  const sizesList = [[2, 3, 1], [1, 6, 1], [3, 5, 4, 2], [4, 3, 3, 3, 2]];
  const heads: [OutputActivation, LossName][] = [['linear', 'bce'], ['sigmoid', 'bce'], ['linear', 'mse'], ['sigmoid', 'mse']];
  const hidden: ActivationName[] = ['sigmoid', 'tanh', 'linear', 'relu'];
  let seed = 100;
  for (const sizes of sizesList) {
    for (const activation of hidden) {
      for (const [output, loss] of heads) {
        const caseSeed = seed++;
        it(`${sizes.join('-')} ${activation}, ${output} output, ${loss}`, () => {
          const mlp = createMlp({ sizes, activation, init: 'xavier', seed: caseSeed, output, loss });
          mlp.biases.forEach((b) => fillNormal(createRng(caseSeed + 1), b, 0, 0.3));
          const B = 5, nOut = sizes[sizes.length - 1];
          const X = randomMatrix(B, sizes[0], caseSeed + 2);
          const u = createRng(caseSeed + 3);
          const Y = matrix(B, nOut, Array.from({ length: B * nOut }, () => (loss === 'bce' ? (u.uniform() < 0.5 ? 0 : 1) : u.normal())));
          const cache = forward(mlp, X);
          // ReLU: finite differences are only valid away from the kink.
          if (activation === 'relu') for (const z of cache.zs.slice(0, -1)) for (const v of z.data) expect(Math.abs(v)).toBeGreaterThan(1e-3);
          const grads = backward(mlp, cache, Y);
          expect(grads.loss).toBeCloseTo(evaluateLoss(mlp, X, Y), 13);
          const h = 1e-5;
          const check = (params: Float64Array, analytic: Float64Array) => {
            for (let i = 0; i < params.length; i++) {
              const p = params[i];
              params[i] = p + h;
              const up = evaluateLoss(mlp, X, Y);
              params[i] = p - h;
              const down = evaluateLoss(mlp, X, Y);
              params[i] = p;
              expect(relativeError((up - down) / (2 * h), analytic[i], 1e-3)).toBeLessThan(1e-6);
            }
          };
          mlp.weights.forEach((W, l) => check(W.data, grads.dW[l].data));
          mlp.biases.forEach((b, l) => check(b, grads.db[l]));
        });
      }
    }
  }
});

describe('createTrainer(mlp, batchSize).epoch(X, Y, lr, rng)', () => {
  it('one full-batch epoch equals forward + backward + sgdStep (3-4-2, two outputs)', () => {
    const a = createMlp({ sizes: [3, 4, 2], activation: 'tanh', init: 'xavier', seed: 8, loss: 'mse' });
    const b = cloneMlp(a);
    const X = randomMatrix(10, 3, 9), Y = randomMatrix(10, 2, 10);
    const grads = backward(b, forward(b, X), Y);
    sgdStep(b, grads, 0.1);
    const loss = createTrainer(a, 10).epoch(X, Y, 0.1, createRng(1));
    expect(loss).toBeCloseTo(grads.loss, 13);
    a.weights.forEach((W, l) => W.data.forEach((w, i) => expect(w).toBeCloseTo(b.weights[l].data[i], 13)));
  });
  it('is deterministic for a given rng seed, and shuffles differently for another', () => {
    const { X, y } = makeDataset('moons', 50, 0.1, 2);
    const base = createMlp({ sizes: [2, 5, 1], activation: 'relu', init: 'he', seed: 4 });
    const [p, q, r] = [cloneMlp(base), cloneMlp(base), cloneMlp(base)];
    for (const [m, s] of [[p, 7], [q, 7], [r, 8]] as const) createTrainer(m, 8).epoch(X, y, 0.1, createRng(s));
    expect(p.weights).toEqual(q.weights);
    expect(p.weights).not.toEqual(r.weights);
  });
  it('drives XOR (2-8-8-1 tanh, bce) below a mean loss of 0.05 with 100 % accuracy in 300 epochs', () => {
    const { X, y } = makeDataset('xor', 200, 0, 1);
    const mlp = createMlp({ sizes: [2, 8, 8, 1], activation: 'tanh', init: 'xavier', seed: 1 });
    const rng = createRng(2);
    const trainer = createTrainer(mlp, 16);
    const first = trainer.epoch(X, y, 0.3, rng);
    for (let epoch = 1; epoch < 300; epoch++) trainer.epoch(X, y, 0.3, rng);
    expect(first).toBeGreaterThan(0.5);
    expect(evaluateLoss(mlp, X, y)).toBeLessThan(0.05);
    expect(accuracy(mlp, X, y)).toBe(1);
  });
  it('fits y = sin(πx) on [−1, 1] with mse (1-16-1 tanh, linear output) to a mean ½(a − y)² below 0.005', () => {
    const n = 64;
    const X = matrix(n, 1, Array.from({ length: n }, (_, i) => -1 + (2 * i) / (n - 1)));
    const Y = X.data.map((x) => Math.sin(Math.PI * x));
    const mlp = createMlp({ sizes: [1, 16, 1], activation: 'tanh', init: 'xavier', seed: 5, loss: 'mse' });
    const rng = createRng(6);
    const trainer = createTrainer(mlp, 8);
    for (let epoch = 0; epoch < 2000; epoch++) trainer.epoch(X, Y, 0.1, rng);
    expect(evaluateLoss(mlp, X, Y)).toBeLessThan(0.005);
    expect(predict(mlp, matrix(1, 1, [0.5])).data[0]).toBeCloseTo(1, 1);
  });
  it('divergence shows: a huge learning rate makes the loss or the weights non-finite', () => {
    const { X, y } = makeDataset('circles', 64, 0, 3);
    const mlp = createMlp({ sizes: [2, 4, 1], activation: 'relu', init: 'he', seed: 3, loss: 'mse' });
    const trainer = createTrainer(mlp, 64);
    let loss = 0;
    for (let epoch = 0; epoch < 20 && Number.isFinite(loss); epoch++) loss = trainer.epoch(X, y, 1e300, createRng(1));
    expect(Number.isFinite(loss) && isFiniteMlp(mlp)).toBe(false);
  });
  it('rejects a bad batchSize or mismatched targets', () => {
    const mlp = createMlp({ sizes: [2, 3, 1], activation: 'tanh', init: 'xavier', seed: 1 });
    const X = matrix(4, 2);
    expect(() => createTrainer(mlp, 0)).toThrow(/capacity/);
    expect(() => createTrainer(mlp, 2).epoch(X, new Float64Array(3), 0.1, createRng(1))).toThrow(/Y has 3 entries/);
    expect(() => backward(mlp, forward(mlp, X), [1, 0])).toThrow(RangeError);
  });
  it('activations record and hidden layers agree (sanity: the linear network is affine)', () => {
    const mlp = createMlp({ sizes: [1, 3, 1], activation: 'linear', init: 'xavier', seed: 2, loss: 'mse' });
    const out = predict(mlp, matrix(3, 1, [0, 1, 2])).data;
    expect(out[2] - out[1]).toBeCloseTo(out[1] - out[0], 13);
    expect(activations.linear.df(5)).toBe(1);
  });
});
