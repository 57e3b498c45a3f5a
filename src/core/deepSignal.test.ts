import { describe, expect, it } from 'vitest';
import { deepInitStd, deepSignal, deepSignalSlices } from './deepSignal';
import { rowsTimesTransposed, transposeArray } from './denseKernels';
import { matMul, matrix, transpose } from './linalg';
import { createRng, fillNormal } from './rng';
import { mean, variance } from './stats';

const secondMoment = (v: Float64Array) => mean(v.map((x) => x * x));

describe('deepInitStd(init, width)', () => {
  it('small 0.01, large 1, xavier √(1/width), he √(2/width)', () => {
    expect(deepInitStd('small', 100)).toBe(0.01);
    expect(deepInitStd('large', 100)).toBe(1);
    expect(deepInitStd('xavier', 100)).toBeCloseTo(0.1, 15);
    expect(deepInitStd('he', 50)).toBeCloseTo(0.2, 15);
  });
});

describe('deepSignal(options)', () => {
  it('matches a reference computed with matMul/transpose from the documented draw order', () => {
    const L = 3, w = 5, B = 3, seed = 9;
    const result = deepSignal({ layers: L, width: w, batch: B, activation: 'tanh', init: 'he', seed });
    const rng = createRng(seed);
    const X = matrix(B, w, fillNormal(rng, new Float64Array(B * w)));
    const Ws = Array.from({ length: L }, () => matrix(w, w, fillNormal(rng, new Float64Array(w * w), 0, Math.sqrt(2 / w))));
    const acts: Float64Array[] = [];
    let A = X;
    for (const W of Ws) {
      A = matMul(A, transpose(W));
      A = matrix(B, w, A.data.map(Math.tanh));
      acts.push(A.data);
    }
    let G = matrix(B, w, fillNormal(rng, new Float64Array(B * w)));
    const grads: Float64Array[] = [G.data];
    for (let l = L - 1; l > 0; l--) {
      const delta = matrix(B, w, G.data.map((g, i) => g * (1 - acts[l][i] ** 2)));
      G = matMul(delta, Ws[l]);
      grads.unshift(G.data);
    }
    expect(result.input).toEqual(X.data);
    result.layers.forEach((layer, l) => {
      layer.activations.forEach((v, i) => expect(v).toBeCloseTo(acts[l][i], 13));
      layer.gradients.forEach((v, i) => expect(v).toBeCloseTo(grads[l][i], 13));
      expect(layer.activationVariance).toBeCloseTo(variance(acts[l]), 13);
      expect(layer.gradientVariance).toBeCloseTo(variance(grads[l]), 13);
    });
  });

  it("'small' (s = 0.01) with tanh shrinks both signals by width·s² = 0.0064 per layer (width 64)", () => {
    const r = deepSignal({ layers: 4, width: 64, batch: 64, activation: 'tanh', init: 'small', seed: 1 });
    const v = r.layers.map((l) => l.activationVariance);
    expect(v[0] / r.inputVariance).toBeGreaterThan(0.0064 * 0.8);
    expect(v[0] / r.inputVariance).toBeLessThan(0.0064 * 1.2);
    expect(v[1] / v[0]).toBeGreaterThan(0.0064 * 0.8);
    expect(v[1] / v[0]).toBeLessThan(0.0064 * 1.2);
    const g = r.layers.map((l) => l.gradientVariance);
    expect(g[2] / g[3]).toBeGreaterThan(0.0064 * 0.8);
    expect(g[2] / g[3]).toBeLessThan(0.0064 * 1.2);
  });

  it("'large' (s = 1) with tanh saturates: Var(A) ≈ 1 − E[sech²] ≈ 0.90, and gradients grow downwards", () => {
    const r = deepSignal({ layers: 6, width: 64, batch: 32, activation: 'tanh', init: 'large', seed: 2 });
    for (const layer of r.layers.slice(1)) expect(layer.activationVariance).toBeGreaterThan(0.85);
    expect(r.layers[0].gradientVariance).toBeGreaterThan(10 * r.layers[5].gradientVariance);
  });

  it("'he' with ReLU keeps E[a²] ≈ 1 (layer 1 within 15 %, layer 10 within a factor 4)", () => {
    const r = deepSignal({ layers: 10, width: 128, batch: 32, activation: 'relu', init: 'he', seed: 3 });
    expect(Math.abs(secondMoment(r.layers[0].activations) - 1)).toBeLessThan(0.15);
    const last = secondMoment(r.layers[9].activations);
    expect(last).toBeGreaterThan(0.25);
    expect(last).toBeLessThan(4);
    expect(r.layers.every((l) => l.activations.every((a) => a >= 0))).toBe(true);
  });

  it('is seeded, and deepSignalSlices yields fractions up to 1 before returning the same result', () => {
    const options = { layers: 3, width: 8, batch: 4, activation: 'relu', init: 'xavier', seed: 5 } as const;
    const a = deepSignal(options);
    expect(deepSignal(options)).toEqual(a);
    expect(deepSignal({ ...options, seed: 6 }).input).not.toEqual(a.input);
    const it = deepSignalSlices(options);
    const fractions: number[] = [];
    let step = it.next();
    while (!step.done) {
      fractions.push(step.value);
      step = it.next();
    }
    expect(fractions).toEqual([1 / 6, 2 / 6, 3 / 6, 4 / 6, 5 / 6]);
    expect(step.value).toEqual(a);
  });
});

describe('rowsTimesTransposed(A, W, C, r, k, n) = A Wᵀ (blocked kernel)', () => {
  it('agrees with matMul(A, transpose(W)) for every shape 1…9 (block remainders included)', () => {
    const rng = createRng(4);
    for (let r = 1; r <= 9; r++) for (let k = 1; k <= 4; k++) for (let n = 1; n <= 9; n++) {
      const A = matrix(r, k, fillNormal(rng, new Float64Array(r * k)));
      const W = matrix(n, k, fillNormal(rng, new Float64Array(n * k)));
      const C = new Float64Array(r * n).fill(NaN);
      rowsTimesTransposed(A.data, W.data, C, r, k, n);
      const ref = matMul(A, transpose(W)).data;
      C.forEach((v, i) => expect(v).toBeCloseTo(ref[i], 12));
      expect(transposeArray(W.data, n, k)).toEqual(transpose(W).data);
    }
  });
});
