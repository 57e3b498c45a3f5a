import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createMlp, cloneMlp } from './mlp';
import { evaluateLoss } from './evaluate';
import { backward } from './mlpBackward';
import { forward } from './mlpForward';
import { makeDataset } from './datasets';
import { createOptimizerState, l2Penalty, optimizerStep, updateVector, weightSquares, type OptimizerName } from './optimizers';
import { descend, stepsToReach } from './lossSurface';

/** Two steps on L = ½w² (gradient g = w) from w = 1 with η = 0.1: the rule's weights after each. */
function twoSteps(name: OptimizerName): number[] {
  const p = Float64Array.of(1), g = new Float64Array(1), m = new Float64Array(1), s = new Float64Array(1);
  const out: number[] = [];
  for (let t = 1; t <= 2; t++) {
    g[0] = p[0];
    updateVector(p, g, m, s, t, name, 0.1, 0);
    out.push(p[0]);
  }
  return out;
}

describe('update rules, worked by hand on L = ½w² from w = 1, η = 0.1', () => {
  it('gradient descent: 1 − 0.1 = 0.9, then 0.9 − 0.09 = 0.81', () => {
    const [w1, w2] = twoSteps('sgd');
    expect(w1).toBeCloseTo(0.9, 14);
    expect(w2).toBeCloseTo(0.81, 14);
  });

  it('momentum (β = 0.9): v = 1, w = 0.9; then v = 0.9·1 + 0.9 = 1.8, w = 0.9 − 0.18 = 0.72', () => {
    const [w1, w2] = twoSteps('momentum');
    expect(w1).toBeCloseTo(0.9, 14);
    expect(w2).toBeCloseTo(0.72, 14);
  });

  it('Adam: m̂ = ŝ = 1 gives w = 0.9; then m = 0.18, s = 0.001809, w = 0.9 − 0.1·(0.18/0.19)/√(0.001809/0.001999)', () => {
    const [w1, w2] = twoSteps('adam');
    // Step 1: m = 0.1·1, s = 0.001·1², m̂ = 0.1 / 0.1 = 1, ŝ = 0.001 / 0.001 = 1, step η·1/(1 + 10⁻⁸).
    expect(w1).toBeCloseTo(0.9, 7);
    // Step 2: g = 0.9, m = 0.9·0.1 + 0.1·0.9 = 0.18, s = 0.999·0.001 + 0.001·0.81 = 0.001809,
    // bias corrections 1 − 0.9² = 0.19 and 1 − 0.999² = 0.001999.
    expect(w2).toBeCloseTo(0.9 - (0.1 * (0.18 / 0.19)) / Math.sqrt(0.001809 / 0.001999), 7);
    expect(w2).toBeCloseTo(0.800412, 6);
  });
});

describe('update rules, properties', () => {
  const finite = fc.double({ min: -10, max: 10, noNaN: true });
  it('momentum under a constant gradient g has velocity g(1 − βᵗ)/(1 − β) after t steps', () => {
    fc.assert(
      fc.property(finite, fc.integer({ min: 1, max: 40 }), (g0, steps) => {
        const p = new Float64Array(1), g = Float64Array.of(g0), m = new Float64Array(1), s = new Float64Array(1);
        for (let t = 1; t <= steps; t++) updateVector(p, g, m, s, t, 'momentum', 0.01, 0);
        expect(m[0]).toBeCloseTo((g0 * (1 - 0.9 ** steps)) / 0.1, 9);
      }),
    );
  });
  it('Adam under a constant gradient steps η·sign(g) every step (m̂ = g, ŝ = g²), whatever |g| (up to ε)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.boolean(), fc.integer({ min: 1, max: 30 }), (size, negative, steps) => {
        const g0 = negative ? -size : size;
        const p = new Float64Array(1), g = Float64Array.of(g0), m = new Float64Array(1), s = new Float64Array(1);
        for (let t = 1; t <= steps; t++) updateVector(p, g, m, s, t, 'adam', 0.05, 0);
        // √ŝ = |g| exactly up to rounding, so each step is η·|g|/(|g| + ε).
        expect(p[0]).toBeCloseTo((-Math.sign(g0) * 0.05 * steps * size) / (size + 1e-8), 9);
      }),
    );
  });
});

describe('L2 penalty', () => {
  const { X, y } = makeDataset('moons', 12, 0.1, 3);
  it('the step follows the gradient of data loss + (λ/2)Σw², by central finite differences', () => {
    const lambda = 0.3;
    const mlp = createMlp({ sizes: [2, 3, 1], activation: 'tanh', init: 'xavier', seed: 5 });
    const total = (net: typeof mlp) => evaluateLoss(net, X, y) + l2Penalty(net, lambda);
    const grads = backward(mlp, forward(mlp, X), y);
    const h = 1e-6;
    const stepped = cloneMlp(mlp);
    optimizerStep(stepped, grads.dW.map((g) => g.data), grads.db, { name: 'sgd', lr: h, l2: lambda }, createOptimizerState(stepped));
    const eps = 1e-5;
    mlp.weights.forEach((W, l) => {
      for (let i = 0; i < W.data.length; i++) {
        const up = cloneMlp(mlp), down = cloneMlp(mlp);
        up.weights[l].data[i] += eps;
        down.weights[l].data[i] -= eps;
        const numeric = (total(up) - total(down)) / (2 * eps);
        const implied = (W.data[i] - stepped.weights[l].data[i]) / h;
        expect(implied).toBeCloseTo(numeric, 5);
      }
    });
    // Biases carry no penalty: their step is the data gradient alone.
    mlp.biases.forEach((b, l) => {
      for (let i = 0; i < b.length; i++) expect((b[i] - stepped.biases[l][i]) / h).toBeCloseTo(grads.db[l][i], 6);
    });
  });
  it('(λ/2)Σw² of a hand-written network: weights 1, −2, 3 and a bias 7 give Σw² = 14, penalty 0.7 at λ = 0.1', () => {
    const mlp = createMlp({ sizes: [3, 1], activation: 'tanh', init: 'xavier', seed: 1 });
    mlp.weights[0].data.set([1, -2, 3]);
    mlp.biases[0][0] = 7;
    expect(weightSquares(mlp)).toBe(14);
    expect(l2Penalty(mlp, 0.1)).toBeCloseTo(0.7, 15);
  });
});

/**
 * The narrow valley L = ½(0.05·w1² + 5·w2²) from (−2.5, 1.5) at η = 0.1, until L < 10⁻³. Plain
 * descent multiplies w1 by 0.995 and w2 by 0.5 a step, so by hand it needs the least k with
 * ½(0.05·6.25·0.995^{2k} + 5·2.25·0.25^k) < 10⁻³.
 */
describe('the narrow valley: momentum and Adam reach the floor in fewer steps than descent', () => {
  const valley = (optimizer: OptimizerName) => stepsToReach(-2.5, 1.5, 0.1, 1e-3, { surface: 'valley', optimizer });
  it('gradient descent needs the hand-counted number of steps', () => {
    let k = 0;
    while (0.5 * (0.05 * 6.25 * 0.995 ** (2 * k) + 5 * 2.25 * 0.25 ** k) >= 1e-3) k++;
    expect(k).toBe(504);
    expect(valley('sgd')).toBe(k);
  });
  it('momentum and Adam take far fewer (44 and 64 of 504)', () => {
    const sgd = valley('sgd')!, momentum = valley('momentum')!, adam = valley('adam')!;
    expect(momentum).toBeLessThan(sgd / 5);
    expect(adam).toBeLessThan(sgd / 5);
    expect([sgd, momentum, adam]).toEqual([504, 44, 64]);
  });
  it('on the round bowl plain descent is already quick at η = 0.1', () => {
    expect(stepsToReach(-2.5, 1.5, 0.1, 1e-3)).toBeLessThan(60);
    // Momentum's path keeps its velocity: v = −2.5, w1 = −2.25; v = 0.9·(−2.5) − 2.25 = −4.5, w1 = −2.25 + 0.45.
    const path = descend(-2.5, 1.5, 0.1, 2, { optimizer: 'momentum' });
    expect(path.w1[2]).toBeCloseTo(-1.8, 14);
    expect(path.m[0]).toBeCloseTo(-4.5, 14);
  });
});
