import { describe, expect, it } from 'vitest';
import { exercises } from './exercises';
import { defaultsOf } from '../shared/params';
import { descentSchema } from './descentState';

describe('chapter 10 exercise gd-largest-rate', () => {
  it('is unsolved at the example and solved just below the critical rate 0.4', () => {
    const [check] = exercises.map((e) => e.check);
    const g = defaultsOf(descentSchema);
    expect(check(g)).toBe(false);
    expect(check({ ...g, eta: 0.38, steps: 20 })).toBe(true);
    expect(check({ ...g, eta: 0.41, steps: 20 })).toBe(false);
  });
});
