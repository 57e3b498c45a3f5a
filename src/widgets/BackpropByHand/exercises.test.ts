import { describe, expect, it } from 'vitest';
import { exercises as bp } from './exercises';
import { exercises as gd } from '../GradientDescent/exercises';
import { exercises as lc } from '../LossCurve/exercises';
import { defaultsOf } from '../shared/params';
import { backpropSchema } from './backpropState';
import { descentSchema } from '../GradientDescent/descentState';
import { lossCurveSchema } from '../LossCurve/lossCurveState';

describe('chapter 10 exercises', () => {
  it('are unsolved at the example and solved by their solutions', () => {
    const b = defaultsOf(backpropSchema);
    expect(bp[0].check(b)).toBe(false);
    // by hand: w1 = w2 = 1 gives z = 5.1, a = 0.994, L ≈ 1.8e-5
    expect(bp[0].check({ ...b, w1: 1, w2: 1 })).toBe(true);

    const g = defaultsOf(descentSchema);
    expect(gd[0].check(g)).toBe(false);
    expect(gd[0].check({ ...g, eta: 0.38, steps: 20 })).toBe(true);
    expect(gd[0].check({ ...g, eta: 0.41, steps: 20 })).toBe(false);

    const l = defaultsOf(lossCurveSchema);
    expect(lc[0].check(l)).toBe(false);
    expect(lc[0].check({ ...l, y: 0, w1: -0.7 })).toBe(true); // z = −1.9, a = 0.130, L = 0.0085
    expect(lc[0].check({ ...l, y: 0, w1: -0.6 })).toBe(false); // z = −1.7, a = 0.154, L = 0.0119
  });
});
