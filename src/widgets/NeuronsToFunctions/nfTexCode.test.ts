import { describe, expect, it } from 'vitest';
import { fitStart, trainFit } from '../../core';
import { defaultsOf } from '../shared/params';
import { mseTex, sumTex, targetCurveTex, unitTex } from './nfTex';
import { nfCode } from './nfCode';
import { exercises, mseOfState } from './exercises';
import { params } from './params';

describe('exercise neurons-fit-sine', () => {
  it('fails untrained and passes after two presses of Train', () => {
    const s = defaultsOf(params);
    expect(exercises[0].check(s)).toBe(false);
    expect(mseOfState({ ...s, steps: 1000 })).toBeLessThan(0.01);
    expect(exercises[0].check({ ...s, steps: 1000 })).toBe(true);
    expect(exercises[0].check({ ...s, target: 'step', steps: 1000 })).toBe(false);
    // Resuming (500, then 1000 steps) gives the number of one run of 1000 from the seed.
    const once = mseOfState({ ...s, steps: 1000 });
    mseOfState({ ...s, steps: 500 });
    expect(mseOfState({ ...s, steps: 1000 })).toBe(once);
  });
});

describe('TeX', () => {
  it('writes the sum with N and c, the sign joining the operator', () => {
    expect(sumTex(6, 'tanh', -0.25)).toContain('{6}');
    expect(sumTex(6, 'tanh', -0.25)).toMatch(/\) - 0\.25 \\end/);
    expect(sumTex(6, 'tanh', 0)).toMatch(/\) \+ 0 \\end/);
    expect(sumTex(6, 'tanh', -0.0001)).not.toMatch(/- 0 /); // rounds to 0: no "−0"
  });
  it('writes unit j: "ReLU(2.37 x − 0.71)", never "+ −", and "≈" when rounded', () => {
    const u = unitTex(2, { w: 2.37, b: -0.71, v: -0.5 }, 'relu');
    expect(u).toContain('v_{2}');
    expect(u).toContain('(-0.5)');
    expect(u).toContain('\\operatorname{ReLU}');
    expect(u).toContain('x - \\htmlClass{nn-term-b}{0.71}');
    expect(u).not.toMatch(/\+ \\htmlClass\{nn-term-b\}\{-/);
    expect(u).toMatch(/\\\\ &= \\htmlClass/); // nothing rounded
    expect(u).toMatch(/\\approx 0\.3 \\end\{aligned\}$/); // bend −b/w = 0.71 / 2.37 = 0.2996…
    expect(unitTex(2, { w: 2.371, b: -0.71, v: -0.5 }, 'relu')).toMatch(/\\\\ &\\approx \\htmlClass/);
    expect(unitTex(1, { w: 0, b: 1, v: 1 }, 'tanh')).toContain('no bend');
  });
  it('writes the error over the M points, and "diverged" instead of a broken number', () => {
    expect(mseTex(121, 0.01234)).toContain('\\frac{1}{121}');
    expect(mseTex(121, 0.01234)).toContain('0.0123');
    expect(mseTex(121, NaN)).toContain('\\text{diverged}');
    expect(targetCurveTex('bump')).toContain('e^{-2x^2}');
  });
});

describe('nfCode', () => {
  it('writes the shown network to the last digit, and trains as Train does', () => {
    const fit = trainFit(fitStart({ n: 6, act: 'tanh', seed: 42 }), 'sine', 40);
    const c = nfCode({ fit, target: 'sine', seed: 42, lr: 0.1, more: 500, edited: true });
    expect(c.numpy).toContain(`w = np.array([${String(fit.w[0])}, `);
    expect(c.numpy).toContain('t = np.sin(x)');
    expect(c.numpy).toContain('40 gradient-descent steps, then changed by hand');
    expect(c.numpy).toContain('for step in range(500):');
    expect(c.pytorch).toContain('nn.Sequential(nn.Linear(1, 6), nn.Tanh(), nn.Linear(6, 1))');
    expect(c.pytorch).toContain('lr=0.1');
  });
});
