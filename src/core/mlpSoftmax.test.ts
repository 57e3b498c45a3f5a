import { describe, expect, it } from 'vitest';
import { evaluateLoss } from './evaluate';
import { matrix } from './linalg';
import { createMlp } from './mlp';
import type { ActivationName } from './activations';
import { backward } from './mlpBackward';
import { forward, predict } from './mlpForward';
import { createRng, fillNormal } from './rng';
import { relativeError } from './testUtils';
import { createTrainer } from './train';

/** Independent reference: one sample at a time, plain loops, softmax written out. */
function referenceProbabilities(W: Float64Array[], b: Float64Array[], sizes: number[], x: number[], act: (z: number) => number): number[] {
  let a = x;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const z: number[] = [];
    for (let j = 0; j < sizes[l + 1]; j++) {
      let s = b[l][j];
      for (let k = 0; k < sizes[l]; k++) s += W[l][j * sizes[l] + k] * a[k];
      z.push(s);
    }
    if (l + 2 < sizes.length) a = z.map(act);
    else {
      const e = z.map((v) => Math.exp(v));
      const sum = e.reduce((t, v) => t + v, 0);
      a = e.map((v) => v / sum);
    }
  }
  return a;
}

describe("an MLP with loss 'softmax-ce'", () => {
  it('outputs each row\'s softmax of the last layer (5-6-4 tanh) — rows sum to 1, as a plain reference computes', () => {
    const sizes = [5, 6, 4];
    const mlp = createMlp({ sizes, activation: 'tanh', init: 'xavier', seed: 2, loss: 'softmax-ce' });
    mlp.biases.forEach((b, l) => fillNormal(createRng(10 + l), b, 0, 0.5));
    const X = matrix(3, 5, fillNormal(createRng(3), new Float64Array(15)));
    const out = predict(mlp, X);
    for (let r = 0; r < 3; r++) {
      const ref = referenceProbabilities(mlp.weights.map((W) => W.data), mlp.biases, sizes, Array.from(X.data.subarray(5 * r, 5 * r + 5)), Math.tanh);
      ref.forEach((p, k) => expect(out.data[4 * r + k]).toBeCloseTo(p, 13));
    }
  });
  it('loss = mean −ln p_label, by hand for a network with zero weights (every p = ¼ → ln 4)', () => {
    const mlp = createMlp({ sizes: [2, 3, 4], activation: 'relu', init: 'he', seed: 1, loss: 'softmax-ce' });
    mlp.weights.forEach((W) => W.data.fill(0));
    const Y = matrix(2, 4, [1, 0, 0, 0, 0, 0, 1, 0]);
    expect(evaluateLoss(mlp, matrix(2, 2, [1, 2, 3, 4]), Y)).toBeCloseTo(Math.log(4), 14);
    expect(backward(mlp, forward(mlp, matrix(2, 2, [1, 2, 3, 4])), Y).loss).toBeCloseTo(Math.log(4), 14);
  });
  const hidden: ActivationName[] = ['relu', 'tanh', 'sigmoid'];
  hidden.forEach((activation, c) => {
    it(`backward matches central finite differences (4-5-3, ${activation}; relative error < 1e-6)`, () => {
      const mlp = createMlp({ sizes: [4, 5, 3], activation, init: 'he', seed: 20 + c, loss: 'softmax-ce' });
      mlp.biases.forEach((b) => fillNormal(createRng(30 + c), b, 0, 0.3));
      const X = matrix(6, 4, fillNormal(createRng(40 + c), new Float64Array(24)));
      const u = createRng(50 + c);
      const Y = matrix(6, 3, Array.from({ length: 6 }, () => { const k = Math.floor(3 * u.uniform()); return [0, 1, 2].map((j) => (j === k ? 1 : 0)); }).flat());
      const cache = forward(mlp, X);
      if (activation === 'relu') for (const v of cache.zs[0].data) expect(Math.abs(v)).toBeGreaterThan(1e-3);
      const grads = backward(mlp, cache, Y);
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
  });
  it('training lowers the loss on three separable clusters to near 0', () => {
    const mlp = createMlp({ sizes: [2, 8, 3], activation: 'tanh', init: 'xavier', seed: 4, loss: 'softmax-ce' });
    const centres = [[2, 0], [-1, 1.7], [-1, -1.7]];
    const u = createRng(5);
    const rows: number[] = [], ys: number[] = [];
    for (let i = 0; i < 90; i++) { const k = i % 3; rows.push(centres[k][0] + 0.3 * u.normal(), centres[k][1] + 0.3 * u.normal()); ys.push(...[0, 1, 2].map((j) => (j === k ? 1 : 0))); }
    const X = matrix(90, 2, rows), Y = matrix(90, 3, ys);
    const before = evaluateLoss(mlp, X, Y);
    const trainer = createTrainer(mlp, 10);
    for (let e = 0; e < 100; e++) trainer.epoch(X, Y, 0.1, u);
    expect(before).toBeGreaterThan(0.3);
    expect(evaluateLoss(mlp, X, Y)).toBeLessThan(0.02);
  });
  it("refuses a sigmoid output with 'softmax-ce'", () => {
    expect(() => createMlp({ sizes: [2, 2], activation: 'relu', init: 'he', seed: 1, output: 'sigmoid', loss: 'softmax-ce' })).toThrow(/output must be 'linear'/);
  });
});
