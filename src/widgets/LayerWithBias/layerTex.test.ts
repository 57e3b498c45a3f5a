import { describe, expect, it } from 'vitest';
import { layerTex } from './layerTex';
import { layerCode } from './layerCode';
import { bmatrix } from './matrixTex';
import { W_EXAMPLE } from './layerState';
import { exercises } from './exercises';

// Hand calculation: W·(1, 2, 3) = (0.314 − 0.174 + 1.23, 0.963 − 0.296 − 0.444) = (1.37, 0.223).
const example = { W: W_EXAMPLE, x: [1, 2, 3], b: [0, 0], wx: [1.37, 0.223], z: [1.37, 0.223] };

describe('bmatrix', () => {
  it('joins cells with & and rows with \\\\', () => {
    expect(bmatrix([['1', '2'], ['3', '4']])).toBe('\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}');
  });
});

describe('layerTex', () => {
  const tex = layerTex(example);
  it('writes the symbols, the substituted numbers and the result', () => {
    expect(tex).toContain('\\mathbf{W}');
    expect(tex).toContain('{0.314}');
    expect(tex).toContain('{-0.087}');
    expect(tex).toContain('{0.963}');
    expect(tex).toContain('{1.37}');
    expect(tex).toContain('{0.223}');
    // row sums of products: 0.314 − 0.174 + 1.23
    expect(tex).toContain('0.314 - 0.174 + 1.23');
    expect(tex).toContain('0.963 - 0.296 - 0.444');
  });
  it('highlights each bias with its own neuron row', () => {
    expect(tex).toMatch(/nn-term-row1\}\{\\htmlClass\{nn-term-b\}\{0\}/);
    expect(tex).toMatch(/nn-term-row2\}\{\\htmlClass\{nn-term-b\}\{0\}/);
  });
});

describe('layerCode', () => {
  it('writes W @ x + b with the current numbers', () => {
    const code = layerCode({ ...example, b: [0.01, -0.5], z: [1.38, -0.277] });
    expect(code.numpy).toContain('W = np.array([[0.314, -0.087, 0.41], [0.963, -0.148, -0.148]])');
    expect(code.numpy).toContain('b = np.array([0.01, -0.5])');
    expect(code.pytorch).toContain('z = W @ x + b');
    expect(code.pytorch).toContain('# z = [1.38, -0.277]');
  });
});

describe('exercise bias-silence-neuron-2', () => {
  const ex = exercises[0];
  it('is solved by b2 = −0.223 and not by b2 = 0 or by moving x', () => {
    expect(ex.check({ x1: 1, x2: 2, x3: 3, b1: 0, b2: -0.223 })).toBe(true);
    expect(ex.check({ x1: 1, x2: 2, x3: 3, b1: 0.5, b2: -0.223 })).toBe(true);
    expect(ex.check({ x1: 1, x2: 2, x3: 3, b1: 0, b2: 0 })).toBe(false);
    expect(ex.check({ x1: 1, x2: 2, x3: 3, b1: 0, b2: -0.22 })).toBe(false);
    expect(ex.check({ x1: 0, x2: 0, x3: 0, b1: 0, b2: 0 })).toBe(false);
  });
});
