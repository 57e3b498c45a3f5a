import { describe, expect, it } from 'vitest';
import { broadcastLayer, rowsOf } from './broadcastMath';
import { numbersTex, symbolsTex } from './broadcastTex';
import { broadcastCode } from './broadcastCode';

describe('broadcastLayer(batch, b)', () => {
  it('gives Z = XWᵀ + b row by row, against hand-computed dot products', () => {
    const r = broadcastLayer(3, [0.5, -0.5]);
    expect([r.X.rows, r.X.cols, r.Wt.rows, r.Wt.cols, r.Z.rows, r.Z.cols]).toEqual([3, 3, 3, 2, 3, 2]);
    const Z = rowsOf(r.Z);
    // x = (1, 2, 3): 0.314 − 0.174 + 1.23 = 1.37; 0.963 − 0.296 − 0.444 = 0.223
    expect(Z[0][0]).toBeCloseTo(1.37 + 0.5, 12);
    expect(Z[0][1]).toBeCloseTo(0.223 - 0.5, 12);
    // x = (−1, 0, 1): −0.314 + 0.41 = 0.096; −0.963 − 0.148 = −1.111
    expect(Z[2][0]).toBeCloseTo(0.096 + 0.5, 12);
    expect(Z[2][1]).toBeCloseTo(-1.111 - 0.5, 12);
  });
  it('adds the same b to every row: Z − XWᵀ is b on each row', () => {
    const r = broadcastLayer(6, [0.25, -1.5]);
    for (let i = 0; i < 6; i++) {
      expect(r.Z.data[2 * i] - r.XWt.data[2 * i]).toBeCloseTo(0.25, 12);
      expect(r.Z.data[2 * i + 1] - r.XWt.data[2 * i + 1]).toBeCloseTo(-1.5, 12);
    }
  });
  it('clamps the batch size to 1…6', () => {
    expect(broadcastLayer(0, [0, 0]).Z.rows).toBe(1);
    expect(broadcastLayer(99, [0, 0]).Z.rows).toBe(6);
  });
});

describe('broadcastTex and broadcastCode', () => {
  const r = broadcastLayer(2, [0.5, -0.5]);
  it('writes the shapes and repeats b on every row', () => {
    expect(symbolsTex(2)).toContain('(2 \\times 2) &= (2 \\times 3) \\cdot (3 \\times 2) + (2)');
    const { product, sum } = numbersTex(r, [0.5, -0.5]);
    const numbers = product + sum;
    expect(product).not.toContain('nn-term-b');
    expect(numbers.match(/nn-term-b\}\{0\.5\}/g)).toHaveLength(2);
    expect(numbers).toContain('{1.87}');
    expect(numbers).toContain('{-0.277}');
    expect(numbers).toContain('{1.064}'); // row 2 of XWᵀ for x = (0.5, −1, 2): 0.157 + 0.087 + 0.82
  });
  it('writes Z = X @ W.T + b with the shapes', () => {
    const code = broadcastCode(r, [0.5, -0.5]);
    expect(code.numpy).toContain('X = np.array([[1, 2, 3], [0.5, -1, 2]])');
    expect(code.numpy).toContain('# X: (2, 3), W.T: (3, 2), b: (2,)  ->  Z: (2, 2)');
    expect(code.pytorch).toContain('Z = X @ W.T + b');
  });
});
