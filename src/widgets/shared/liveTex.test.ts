import { describe, expect, it } from 'vitest';
import { activationRelation, num, relation, signedSum, sym } from './liveTex';

describe('relation(x)', () => {
  it('writes "=" for values a 3-decimal number gives exactly, float noise included', () => {
    expect(relation(0.5)).toBe('=');
    expect(relation(1 - 0.6 + 0.1)).toBe('='); // 0.49999999999999994
    expect(relation(0.1 + 0.2)).toBe('=');
    expect(relation(-1.8)).toBe('=');
    expect(relation(1500000)).toBe('='); // shown 1.5×10⁶
  });
  it('writes "≈" for anything the rounding changes, however little', () => {
    expect(relation(1 / 3)).toBe('\\approx');
    expect(relation(0.6224593312018546)).toBe('\\approx');
    expect(relation(1 - 9.4e-14)).toBe('\\approx'); // σ(30)
    expect(relation(0.00041234)).toBe('\\approx'); // shown 4.12×10⁻⁴
    expect(relation(1234567)).toBe('\\approx'); // shown 1.23×10⁶
    expect(relation(0.4586, 4)).toBe('=');
  });
});

describe('activationRelation(act, z, a)', () => {
  it('is "≈" for σ and tanh of any z but 0, even where the double is exactly 1', () => {
    expect(activationRelation('sigmoid', 40, 1)).toBe('\\approx');
    expect(activationRelation('tanh', 20, 1)).toBe('\\approx');
    expect(activationRelation('sigmoid', 0, 0.5)).toBe('=');
    expect(activationRelation('relu', 2.5, 2.5)).toBe('=');
    expect(activationRelation('relu', 1 / 3, 1 / 3)).toBe('\\approx');
  });
});

describe('num, sym, signedSum', () => {
  it('colour a number or a symbol by its origin, with parentheses around negatives when asked', () => {
    expect(num('w', -0.2, { parens: true })).toBe('\\htmlClass{nn-term-w}{(-0.2)}');
    expect(num('x', 2)).toBe('\\htmlClass{nn-term-x}{2}');
    expect(num('z', 0.62245, { digits: 2 })).toBe('\\htmlClass{nn-term-z}{0.62}');
    expect(sym('b', 'b')).toBe('\\htmlClass{nn-term-b}{b}');
  });
  it('signedSum joins the sign to the operator: "1 - 0.6 + 0.1", never "+ -0.6"', () => {
    expect(signedSum([{ value: 1 }, { value: -0.6 }, { value: 0.1 }])).toBe('1 - 0.6 + 0.1');
    expect(signedSum([{ value: -1.2 }, { value: 0.3, term: 'b' }])).toBe('-1.2 + \\htmlClass{nn-term-b}{0.3}');
    // Float noise of a cancelling sum shows as 0 and carries no minus; a small value keeps its sign.
    expect(signedSum([{ value: 2 }, { value: -1e-13 }])).toBe('2 + 0');
    expect(signedSum([{ value: 2 }, { value: -0.0001 }])).toBe('2 - 1\\times10^{-4}');
  });
});

describe('relation(x) of numbers shown in scientific form', () => {
  it('compares with the number as written: 1.2×10⁻⁵, 0.0004 as 4×10⁻⁴, noise below 10⁻¹² as 0', () => {
    expect(relation(1.2e-5)).toBe('=');
    expect(relation(0.0004)).toBe('=');
    expect(relation(1.23456e-5)).toBe('\\approx');
    expect(relation(1e-17)).toBe('=');
    expect(relation(2.5e6)).toBe('=');
    expect(relation(2.54321e6)).toBe('\\approx');
  });
});
