import { describe, expect, it } from 'vitest';
import { texToPlainText } from '../../components/texTerms';
import { dotProductTex, rowTimesColumnTex } from './dotProductTex';
import { dotProductCode } from './dotProductCode';
import { barDomain, dotProductValues } from './dotProductMath';

const example = dotProductValues({ x1: 2, x2: 3, x3: 1, w1: 0.5, w2: -0.2, w3: 0.4, b: 0.1 });

describe('dotProductValues', () => {
  it('computes the products and sums by hand', () => {
    expect(example.products[0]).toBeCloseTo(1, 12);
    expect(example.products[1]).toBeCloseTo(-0.6, 12);
    expect(example.products[2]).toBeCloseTo(0.4, 12);
    expect(example.wx).toBeCloseTo(0.8, 12);
    expect(example.z).toBeCloseTo(0.9, 12);
  });
  it('barDomain fits the largest bar', () => {
    expect(barDomain([0.9, -1.5])).toEqual([-2, 2]);
    expect(barDomain([32])).toEqual([-40, 40]);
    expect(barDomain([NaN, 3])).toEqual([-5, 5]);
  });
});

describe('dotProductTex', () => {
  it('writes symbols, numbers and result', () => {
    const plain = texToPlainText(dotProductTex(example));
    expect(dotProductTex(example)).toContain('^\\top');
    expect(plain).toContain('w_1x_1 + w_2x_2 + w_3x_3 + b');
    expect(plain).toContain('0.5 · 2 + (−0.2) · 3 + 0.4 · 1 + 0.1');
    expect(plain).toContain('1 − 0.6 + 0.4 + 0.1 = 0.9');
  });
  it('writes wᵀx as a row times a column', () => {
    const tex = rowTimesColumnTex(example);
    expect(tex).toContain('\\begin{bmatrix}');
    expect(texToPlainText(tex)).toMatch(/= 0\.8$/);
  });
  it('code snippets carry the current numbers', () => {
    const code = dotProductCode(example);
    expect(code.numpy).toContain('x = np.array([2, 3, 1])');
    expect(code.numpy).toContain('w = np.array([0.5, -0.2, 0.4])');
    expect(code.pytorch).toContain('torch.dot(w, x) + b');
    expect(code.pytorch).toContain('z = 0.9');
  });
});
