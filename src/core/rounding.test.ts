import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalsToReproduce } from './rounding';
import { seedPropertyTests } from './testUtils';

seedPropertyTests();

const read = (x: number, d: number) => Number(x.toFixed(d));

describe('decimalsToReproduce(inputs, steps, read)', () => {
  it('keeps three decimals where they reproduce the result', () => {
    // 0.5 · 2 − 0.2 · 3: every input exact at three decimals.
    expect(decimalsToReproduce([0.5, -0.2], [{ combine: ([a, b]) => 2 * a + 3 * b, decimals: 3 }], read)).toBe(3);
  });

  it('adds decimals where rounded inputs give another result: (−0.3775)(0.235)·2', () => {
    // Rounded to 3: −0.378 · 0.235 · 2 = −0.17766 → −0.178, but the exact product is −0.17743 → −0.177.
    const dLda = -0.37754066879814546;
    const dadz = 0.2350037122015945;
    const d = decimalsToReproduce([dLda, dadz], [{ combine: ([a, b]) => a * b * 2, decimals: 3 }], read);
    expect(d).toBe(4);
    expect(read(read(dLda, d) * read(dadz, d) * 2, 3)).toBe(-0.177);
  });

  it('checks every step at the same decimals: one right by luck at 3 decimals may be wrong at 4', () => {
    // (−0.5003)(0.1598) = −0.07995 → −0.0799, where the exact −0.0799617 shows −0.08; at 3 decimals
    // (−0.5)(0.16) = −0.08 by luck, but the other step needs 4 or more.
    const inputs = [-0.5002727625843498, 0.15983626804996262];
    const steps = [1, 2.7].map((x) => ({ combine: ([p, q]: readonly number[]) => p * q * x, decimals: 4 }));
    const d = decimalsToReproduce(inputs, steps, read);
    for (const { combine } of steps) expect(read(combine(inputs.map((x) => read(x, d))), 4)).toBe(read(combine(inputs), 4));
  });

  it('finds enough decimals for a central difference with a small step', () => {
    const f = (w: number) => 0.5 * (1 / (1 + Math.exp(-(2 * w - 0.5))) - 1) ** 2;
    const h = 1e-4;
    const quotient = ([up, down]: readonly number[]) => (up - down) / (2 * h);
    const d = decimalsToReproduce([f(0.5 + h), f(0.5 - h)], [{ combine: quotient, decimals: 4 }], read);
    expect(d).toBeGreaterThan(6);
    expect(read(quotient([read(f(0.5 + h), d), read(f(0.5 - h), d)]), 4)).toBe(read(quotient([f(0.5 + h), f(0.5 - h)]), 4));
  });

  it('always reproduces the results when it returns less than its limit', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), (a, b) => {
        const steps = [{ combine: ([p, q]: readonly number[]) => p * q - 0.5 * p, decimals: 3 }, { combine: ([p, q]: readonly number[]) => p + q * q, decimals: 4 }];
        const d = decimalsToReproduce([a, b], steps, read);
        // === : a result of −0 reads as 0.
        if (d < 12) for (const { combine, decimals } of steps) expect(read(combine([read(a, d), read(b, d)]), decimals) === read(combine([a, b]), decimals)).toBe(true);
      }),
    );
  });
});
