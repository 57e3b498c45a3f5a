import { describe, expect, it } from 'vitest';
import { editableNumber, formatNumber, formatPercent, parseNumberInput, texNumber } from './format';

describe('formatNumber(x, digits)', () => {
  it.each([
    [0.5, '0.5'],
    [0.6224593312, '0.622'],
    [2, '2'],
    [0.1 + 0.2, '0.3'],
    [0.49999999999999994, '0.5'],
    [-0.2, '−0.2'],
    [-0, '0'],
    [1.0005, '1.001'],
    [1024, '1024'],
    [999999.4, '999999.4'],
    [1.2e6, '1.2×10⁶'],
    [-1234567, '−1.23×10⁶'],
    [3.4e-5, '3.4×10⁻⁵'],
    [0.0004, '4×10⁻⁴'],
    [0.0006, '0.001'],
    [1e-320, '0'], // below the 1e-12 noise floor
    [1 - 0.6 - 0.4, '0'], // 1.1e-16: float noise of a cancelling sum
    [2e-12, '2×10⁻¹²'],
    [NaN, '—'],
    [Infinity, '—'],
    [-Infinity, '—'],
  ])('formatNumber(%s) → %s', (x, expected) => {
    expect(formatNumber(x)).toBe(expected);
  });

  it('respects digits and grouping', () => {
    expect(formatNumber(Math.PI, 1)).toBe('3.1');
    expect(formatNumber(2.5, 0)).toBe('3');
    expect(formatNumber(-0.0001, 4)).toBe('−0.0001');
    expect(formatNumber(1024, 3, { grouping: true })).toBe('1,024');
    expect(formatNumber(999999.9996)).toBe('1×10⁶');
  });

  it('never prints a negative zero for tiny negatives', () => {
    expect(formatNumber(-1e-9)).toBe('−1×10⁻⁹');
    expect(formatNumber(-0.0004, 3)).not.toMatch(/^−0$/);
  });
});

describe('formatPercent(fraction, digits)', () => {
  it('shows a percentage with a no-break space', () => {
    expect(formatPercent(0.6827)).toBe('68.3\u00a0%');
    expect(formatPercent(0.5, 0)).toBe('50\u00a0%');
    expect(formatPercent(NaN)).toBe('—');
  });
});

describe('texNumber(x, digits, { parens })', () => {
  it.each([
    [0.5, {}, '0.5'],
    [-0.2, {}, '-0.2'],
    [-0.2, { parens: true }, '(-0.2)'],
    [0.2, { parens: true }, '0.2'],
    [-0, { parens: true }, '0'],
    [0.1 + 0.2, {}, '0.3'],
    [1.2e6, {}, '1.2\\times10^{6}'],
    [-3.4e-5, { parens: true }, '(-3.4\\times10^{-5})'],
    [NaN, {}, '\\text{—}'],
    [Infinity, { parens: true }, '\\text{—}'],
  ])('texNumber(%s, 3, %o) → %s', (x, options, expected) => {
    expect(texNumber(x, 3, options)).toBe(expected);
  });
});

describe('editableNumber(x)', () => {
  it('is full precision without float noise and reads back', () => {
    expect(editableNumber(0.1 + 0.2)).toBe('0.3');
    expect(editableNumber(-0.55)).toBe('−0.55');
    expect(editableNumber(NaN)).toBe('');
    expect(parseNumberInput(editableNumber(-1.5e-7))).toEqual({ ok: true, value: -1.5e-7 });
  });
});

describe('parseNumberInput(text)', () => {
  it.each([
    ['0.5', 0.5],
    ['-0.2', -0.2],
    ['−0.2', -0.2],
    ['.5', 0.5],
    ['5.', 5],
    ['+2', 2],
    ['1e-3', 0.001],
    ['1E3', 1000],
    [' 2 ', 2],
    ['1,024', 1024],
    ['-0', 0],
    ['1e-320', 1e-320],
    ['1e-400', 0],
  ])('accepts %j → %s', (text, value) => {
    const r = parseNumberInput(text);
    expect(r).toEqual({ ok: true, value });
    if (r.ok) expect(Object.is(r.value, -0)).toBe(false);
  });

  it.each([
    ['', 'Enter a number'],
    ['   ', 'Enter a number'],
    ['abc', 'Enter a number'],
    ['NaN', 'Enter a number'],
    ['Infinity', 'Enter a number'],
    ['-Infinity', 'Enter a number'],
    ['0x1F', 'Enter a number'],
    ['<b>1</b>', 'Enter a number'],
    ['1..2', 'Enter a number'],
    ['1e', 'Enter a number'],
    ['-', 'Enter a number'],
    ['1,5', 'Use a point for decimals'],
    ['1e309', 'Too large'],
    ['-1e309', 'Too large'],
  ])('refuses %j with %j', (text, message) => {
    expect(parseNumberInput(text)).toEqual({ ok: false, message });
  });
});
