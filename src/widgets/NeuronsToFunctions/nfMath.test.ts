import { describe, expect, it } from 'vitest';
import { createNetwork, createTraining, curves, getUnit, learningRate, meanSquaredError, sampleXs, setUnit, targets, SAMPLES } from './nfMath';
import { mseTex, sumTex, targetCurveTex, unitTex } from './nfTex';
import { nfCode } from './nfCode';
import { exercises, mseOfState } from './exercises';
import { defaultsOf } from '../shared/params';
import { nfSchema } from './nfState';

describe('sampleXs / targets', () => {
  it('spaces 121 points evenly on [−3, 3] (step 0.05)', () => {
    const xs = sampleXs();
    expect(xs).toHaveLength(121);
    expect(xs[0]).toBe(-3);
    expect(xs[120]).toBe(3);
    expect(xs[60]).toBeCloseTo(0, 12);
    expect(xs[1] - xs[0]).toBeCloseTo(0.05, 12);
  });
  it('evaluates the four targets', () => {
    expect(targets.sine(Math.PI / 2)).toBeCloseTo(1, 12);
    expect(targets.step(-0.1)).toBe(0);
    expect(targets.step(0)).toBe(1);
    expect(targets.abs(-1.5)).toBe(0.5);
    expect(targets.bump(0)).toBe(1);
    expect(targets.bump(1)).toBeCloseTo(Math.exp(-2), 12);
  });
});

describe('createNetwork(n, act, seed)', () => {
  it('spreads the bends −b_j/w_j evenly over [−3, 3]', () => {
    const mlp = createNetwork(6, 'tanh', 42);
    // c_j = −3 + 6(j + ½)/6 = −2.5, −1.5, …, 2.5
    for (let j = 0; j < 6; j++) {
      const { w, b } = getUnit(mlp, j);
      expect(-b / w).toBeCloseTo(-2.5 + j, 10);
    }
    expect(mlp.biases[1][0]).toBe(0);
  });
  it('is reproducible from its seed and changes with it', () => {
    expect(getUnit(createNetwork(4, 'relu', 7), 2)).toEqual(getUnit(createNetwork(4, 'relu', 7), 2));
    expect(getUnit(createNetwork(4, 'relu', 7), 2)).not.toEqual(getUnit(createNetwork(4, 'relu', 8), 2));
  });
});

describe('curves(mlp, target)', () => {
  it('is the sum of v_j·f(w_j x + b_j) plus c (hand-set units)', () => {
    const mlp = createNetwork(2, 'tanh', 1);
    setUnit(mlp, 0, { w: 1, b: 0, v: 2 });
    setUnit(mlp, 1, { w: -0.5, b: 1, v: -1 });
    mlp.biases[1][0] = 0.25;
    const cv = curves(mlp, 'sine', 7); // x = −3, −2, …, 3
    const x = 1;
    const expected = 2 * Math.tanh(x) - Math.tanh(-0.5 * x + 1) + 0.25;
    expect(cv.xs[4]).toBe(1);
    expect(cv.contributions[0][4]).toBeCloseTo(2 * Math.tanh(1), 12);
    expect(cv.sum[4]).toBeCloseTo(expected, 12);
    expect(cv.target[4]).toBeCloseTo(Math.sin(1), 12);
  });
  it('mean squared error has no ½ and matches a hand sum (ReLU, one unit)', () => {
    const mlp = createNetwork(1, 'relu', 1);
    setUnit(mlp, 0, { w: 1, b: 0, v: 1 });
    mlp.biases[1][0] = 0;
    // y = max(0, x) against t = |x|/3 on 121 points: error (x − x/3)² = (2x/3)² for x > 0, (x/3)² for x < 0.
    let s = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const x = -3 + i * 0.05;
      s += (Math.max(0, x) - Math.abs(x) / 3) ** 2;
    }
    expect(meanSquaredError(mlp, 'abs')).toBeCloseTo(s / SAMPLES, 10);
  });
});

describe('training', () => {
  it('lowers the error on the sine below 0.01 within 1,000 steps (6 tanh units)', () => {
    const mlp = createNetwork(6, 'tanh', 42);
    const before = meanSquaredError(mlp, 'sine');
    createTraining(mlp, 'sine', learningRate.tanh, 42).step(1000);
    const after = meanSquaredError(mlp, 'sine');
    expect(after).toBeLessThan(0.01);
    expect(after).toBeLessThan(before / 10);
  });
  it('steps in slices give the same network as in one go', () => {
    const a = createNetwork(5, 'sigmoid', 3), b = createNetwork(5, 'sigmoid', 3);
    const ta = createTraining(a, 'bump', 0.3, 3), tb = createTraining(b, 'bump', 0.3, 3);
    ta.step(120);
    for (let i = 0; i < 12; i++) tb.step(10);
    expect(getUnit(a, 4)).toEqual(getUnit(b, 4));
  });
});

describe('exercise neurons-fit-sine', () => {
  it('fails untrained and passes after two presses of Train', () => {
    const s = defaultsOf(nfSchema);
    expect(exercises[0].check(s)).toBe(false);
    expect(mseOfState({ ...s, steps: 1000 })).toBeLessThan(0.01);
    expect(exercises[0].check({ ...s, steps: 1000 })).toBe(true);
    expect(exercises[0].check({ ...s, target: 'step', steps: 1000 })).toBe(false);
    // Continuing a replay (500 then 1000 steps) gives the same number as one replay of 1000.
    const once = mseOfState({ ...s, steps: 1000 });
    mseOfState({ ...s, steps: 500 });
    expect(mseOfState({ ...s, steps: 1000 })).toBe(once);
  });
});

describe('TeX and code', () => {
  it('writes the sum, the unit and the error with numbers', () => {
    expect(sumTex(6, 'tanh', -0.25)).toContain('{6}');
    expect(sumTex(6, 'tanh', -0.25)).toContain('- 0.25');
    const u = unitTex(2, { w: 2, b: -1, v: -0.5 }, 'relu');
    expect(u).toContain('v_{2}');
    expect(u).toContain('(-0.5)');
    expect(u).toContain('\\operatorname{ReLU}');
    expect(u).toContain('- \\htmlClass{nn-term-b}{1}');
    expect(u).toMatch(/= 0\.5 \\end\{aligned\}$/); // bend −b/w = 0.5
    expect(unitTex(1, { w: 0, b: 1, v: 1 }, 'tanh')).toContain('no bend');
    expect(mseTex(121, 0.01234)).toContain('\\frac{1}{121}');
    expect(mseTex(121, 0.01234)).toContain('0.0123');
    expect(targetCurveTex('bump')).toContain('e^{-2x^2}');
  });
  it('code carries N, the target and the learning rate', () => {
    const c = nfCode({ n: 6, act: 'tanh', target: 'sine', seed: 42, steps: 1000, lr: 0.1 });
    expect(c.numpy).toContain('N = 6');
    expect(c.numpy).toContain('t = np.sin(x)');
    expect(c.pytorch).toContain('torch.nn.Linear(1, 6), torch.nn.Tanh(), torch.nn.Linear(6, 1)');
    expect(c.pytorch).toContain('lr=0.1');
    expect(c.pytorch).toContain('range(1000)');
  });
});
