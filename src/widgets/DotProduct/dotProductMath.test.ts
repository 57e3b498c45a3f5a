import { describe, expect, it } from 'vitest';
import { dotProductCode } from './dotProductCode';
import { barDomain, dotProductValues } from './dotProductMath';

describe('barDomain', () => {
  it('fits the largest bar', () => {
    expect(barDomain([0.9, -1.5])).toEqual([-2, 2]);
    expect(barDomain([32])).toEqual([-40, 40]);
    expect(barDomain([NaN, 3])).toEqual([-5, 5]);
  });
});

describe('dotProductCode', () => {
  it('writes whole numbers as floats, so PyTorch builds float tensors torch.dot accepts', () => {
    const code = dotProductCode(dotProductValues({ x1: 2, x2: 3, x3: 1, w1: 0.5, w2: -0.2, w3: 0.4, b: 0.1 }));
    expect(code.numpy).toContain('x = np.array([2.0, 3.0, 1.0])');
    expect(code.pytorch).toContain('x = torch.tensor([2.0, 3.0, 1.0], dtype=torch.float32)');
    expect(code.pytorch).toContain('torch.dot(w, x)');
  });
});
