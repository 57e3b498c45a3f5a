import { describe, expect, it } from 'vitest';
import { parameterCountOf, passCounts, timePasses } from './backpropCost';

describe('passCounts', () => {
  it('counts every weight and bias: 784-128-10 has 100,352 + 128 + 1,280 + 10 parameters', () => {
    expect(parameterCountOf([784, 128, 10])).toBe(101_770);
    expect(parameterCountOf([2, 2, 1])).toBe(9);
    expect(passCounts([2, 2, 1])).toEqual({ parameters: 9, finiteDifferencePasses: 18, backpropPasses: { forward: 1, backward: 1 } });
  });
});

describe('timePasses', () => {
  it('repeats each pass until the budget has gone by and reports the mean', () => {
    // A clock that advances 2 ms each time it is read: 3 runs take ≥ budget 5 ms → 3 reads after start.
    let t = 0;
    const times = timePasses([3, 4, 2], () => (t += 2), 5);
    expect(times.repeats).toBe(3);
    expect(times.forwardMs).toBe(2);
    expect(times.backwardMs).toBe(2);
  });

  it('times at least three passes however slow the clock', () => {
    let t = 0;
    expect(timePasses([2, 2, 1], () => (t += 1000), 1).repeats).toBe(3);
  });
});
