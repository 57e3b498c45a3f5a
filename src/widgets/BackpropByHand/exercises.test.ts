import { describe, expect, it } from 'vitest';
import { exercises } from './exercises';
import { defaultsOf } from '../shared/params';
import { backpropSchema } from './backpropState';

describe('chapter 10 exercise backprop-loss-below-001', () => {
  it('is unsolved at the example and solved by its solution', () => {
    const [check] = exercises.map((e) => e.check);
    const b = defaultsOf(backpropSchema);
    expect(check(b)).toBe(false);
    // by hand: w1 = w2 = 1 gives z = 5.1, a = 0.994, L ≈ 1.8e-5
    expect(check({ ...b, w1: 1, w2: 1 })).toBe(true);
  });
});
