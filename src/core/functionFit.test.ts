import { describe, expect, it } from 'vitest';
import {
  FIT_SAMPLES, fitCurves, fitError, fitLearningRate, fitStart, fitTargets, fitTraining, fitUnit, fitXs, trainFit, withUnit,
} from './functionFit';

describe('fitXs / fitTargets', () => {
  it('spaces 121 points evenly on [−3, 3] (step 0.05)', () => {
    const xs = fitXs();
    expect(xs).toHaveLength(121);
    expect(xs[0]).toBe(-3);
    expect(xs[120]).toBe(3);
    expect(xs[60]).toBeCloseTo(0, 12);
    expect(xs[1] - xs[0]).toBeCloseTo(0.05, 12);
  });
  it('evaluates the four targets', () => {
    expect(fitTargets.sine(Math.PI / 2)).toBeCloseTo(1, 12);
    expect(fitTargets.step(-0.1)).toBe(0);
    expect(fitTargets.step(0)).toBe(1);
    expect(fitTargets.abs(-1.5)).toBe(0.5);
    expect(fitTargets.bump(0)).toBe(1);
    expect(fitTargets.bump(1)).toBeCloseTo(Math.exp(-2), 12);
  });
});

describe('fitStart({ n, act, seed })', () => {
  it('spreads the bends −b_j/w_j evenly over [−3, 3]', () => {
    const fit = fitStart({ n: 6, act: 'tanh', seed: 42 });
    // c_j = −3 + 6(j + ½)/6 = −2.5, −1.5, …, 2.5
    for (let j = 0; j < 6; j++) {
      const { w, b } = fitUnit(fit, j);
      expect(-b / w).toBeCloseTo(-2.5 + j, 10);
    }
    expect([fit.c, fit.done, fit.diverged]).toEqual([0, 0, false]);
  });
  it('is reproducible from its seed and changes with it', () => {
    const unit = (seed: number) => fitUnit(fitStart({ n: 4, act: 'relu', seed }), 2);
    expect(unit(7)).toEqual(unit(7));
    expect(unit(7)).not.toEqual(unit(8));
  });
});

describe('fitCurves(fit, target) and fitError', () => {
  it('is the sum of v_j·f(w_j x + b_j) plus c (hand-set units)', () => {
    let fit = withUnit(fitStart({ n: 2, act: 'tanh', seed: 1 }), 0, { w: 1, b: 0, v: 2 });
    fit = { ...withUnit(fit, 1, { w: -0.5, b: 1, v: -1 }), c: 0.25 };
    const cv = fitCurves(fit, 'sine', 7); // x = −3, −2, …, 3
    expect(cv.xs[4]).toBe(1);
    expect(cv.contributions[0][4]).toBeCloseTo(2 * Math.tanh(1), 12);
    expect(cv.sum[4]).toBeCloseTo(2 * Math.tanh(1) - Math.tanh(-0.5 + 1) + 0.25, 12);
    expect(cv.target[4]).toBeCloseTo(Math.sin(1), 12);
  });
  it('the mean squared error has no ½ and matches a hand sum (ReLU, one unit)', () => {
    const fit = withUnit(fitStart({ n: 1, act: 'relu', seed: 1 }), 0, { w: 1, b: 0, v: 1 });
    // y = max(0, x) against t = |x|/3 on 121 points.
    let s = 0;
    for (let i = 0; i < FIT_SAMPLES; i++) {
      const x = -3 + i * 0.05;
      s += (Math.max(0, x) - Math.abs(x) / 3) ** 2;
    }
    expect(fitError(fit, 'abs')).toBeCloseTo(s / FIT_SAMPLES, 10);
  });
  it('withUnit leaves the fit it copies alone and marks a non-finite number as diverged', () => {
    const fit = fitStart({ n: 3, act: 'tanh', seed: 2 });
    const moved = withUnit(fit, 1, { v: 0 });
    expect(moved.v[1]).toBe(0);
    expect(fit.v[1]).not.toBe(0);
    expect(withUnit(fit, 0, { w: Infinity }).diverged).toBe(true);
  });
});

describe('fitTraining / trainFit', () => {
  it('lowers the error on the sine below 0.01 within 1,000 steps (6 tanh units)', () => {
    const fit = fitStart({ n: 6, act: 'tanh', seed: 42 });
    const after = trainFit(fit, 'sine', 1000);
    expect(after.done).toBe(1000);
    expect(fitError(after, 'sine')).toBeLessThan(0.01);
    expect(fitError(after, 'sine')).toBeLessThan(fitError(fit, 'sine') / 10);
  });
  it('one step is w ← w − η ∂L/∂w of L = ½·mean (y − t)², checked on c: ∂L/∂c = mean (y − t)', () => {
    const fit = fitStart({ n: 3, act: 'sigmoid', seed: 5 });
    const { sum, target } = fitCurves(fit, 'bump', FIT_SAMPLES);
    let meanResidual = 0;
    for (let i = 0; i < FIT_SAMPLES; i++) meanResidual += (sum[i] - target[i]) / FIT_SAMPLES;
    expect(trainFit(fit, 'bump', 1).c).toBeCloseTo(-fitLearningRate.sigmoid * meanResidual, 12);
  });
  it('in slices, resumed from a snapshot, or in one go: the very same numbers', () => {
    const fit = fitStart({ n: 5, act: 'sigmoid', seed: 3 });
    const once = trainFit(fit, 'bump', 120);
    const slices = [...fitTraining(fit, 'bump', 120, 10)];
    expect(slices.map((s) => s.done)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110]);
    expect(trainFit(slices[4], 'bump', 70)).toEqual(once);
    expect(trainFit(trainFit(fit, 'bump', 50), 'bump', 70)).toEqual(once);
  });
});
