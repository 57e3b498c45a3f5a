import { describe, expect, it } from 'vitest';
import { matrix } from '../../core';
import { maxBend, productMatrix, sampleLayers, stackCurve, stackForward } from './whySwitchMath';
import { outputsTex, productNumbersTex, productTex } from './whySwitchTex';
import { whySwitchCode } from './whySwitchCode';

// Hand-made layers: A = [[1, 2], [3, 4]], B = [[0, 1], [-1, 0]].
const A = matrix(2, 2, [1, 2, 3, 4]);
const B = matrix(2, 2, [0, 1, -1, 0]);

describe('productMatrix(layers)', () => {
  it('multiplies the later layer on the left: P = B·A', () => {
    // B·A = [[0·1 + 1·3, 0·2 + 1·4], [−1·1 + 0, −1·2 + 0]] = [[3, 4], [−1, −2]]
    expect(Array.from(productMatrix([A, B]).data)).toEqual([3, 4, -1, -2]);
    expect(Array.from(productMatrix([A]).data)).toEqual([1, 2, 3, 4]);
  });
});

describe('stackForward(layers, x, between)', () => {
  it('without a switch equals P x', () => {
    // A·(1, −1) = (−1, −1); B·(−1, −1) = (−1, 1); P·(1, −1) = (3 − 4, −1 + 2) = (−1, 1)
    expect(Array.from(stackForward([A, B], [1, -1], 'none'))).toEqual([-1, 1]);
  });
  it('applies ReLU between layers but not after the last', () => {
    // A·(1, −1) = (−1, −1) → ReLU → (0, 0) → B → (0, 0)
    expect(Array.from(stackForward([A, B], [1, -1], 'relu'))).toEqual([0, 0]);
    // a single layer has no gap: ReLU never applied, negative outputs survive
    expect(Array.from(stackForward([A], [1, -1], 'relu'))).toEqual([-1, -1]);
    // tanh: A·(1, 0) = (1, 3) → (tanh 1, tanh 3) → B → (tanh 3, −tanh 1)
    const t = stackForward([A, B], [1, 0], 'tanh');
    expect(t[0]).toBeCloseTo(Math.tanh(3), 12);
    expect(t[1]).toBeCloseTo(-Math.tanh(1), 12);
  });
  it('agrees with P x for seeded stacks of every depth', () => {
    for (let k = 1; k <= 5; k++) {
      const layers = sampleLayers(5, k);
      const P = productMatrix(layers);
      const y = stackForward(layers, [0.7, -1.3], 'none');
      expect(y[0]).toBeCloseTo(P.data[0] * 0.7 - P.data[1] * 1.3, 10);
      expect(y[1]).toBeCloseTo(P.data[2] * 0.7 - P.data[3] * 1.3, 10);
    }
  });
});

describe('sampleLayers and the curves', () => {
  it('is reproducible from the seed and keeps earlier layers when k grows', () => {
    expect(Array.from(sampleLayers(5, 2)[1].data)).toEqual(Array.from(sampleLayers(5, 4)[1].data));
    expect(Array.from(sampleLayers(5, 1)[0].data)).not.toEqual(Array.from(sampleLayers(6, 1)[0].data));
  });
  it('draws a straight line without a switch and bends with one (default seed 5, k = 3)', () => {
    const layers = sampleLayers(5, 3);
    expect(maxBend(stackCurve(layers, 1, 'none'))).toBeLessThan(1e-9);
    expect(maxBend(stackCurve(layers, 1, 'relu'))).toBeGreaterThan(0.1);
    expect(maxBend(stackCurve(layers, 1, 'tanh'))).toBeGreaterThan(0.01);
  });
});

describe('TeX and code', () => {
  it('writes P = W2 W1 with both matrices and the product', () => {
    const tex = productNumbersTex([A, B], productMatrix([A, B]));
    expect(tex).toContain('\\mathbf{W}_{2}}\\htmlClass{nn-term-w}{\\mathbf{W}_{1}}');
    // B written before A (W2 on the left), then P = [[3, 4], [−1, −2]]
    expect(tex.indexOf('nn-term-w}{-1}')).toBeLessThan(tex.indexOf('nn-term-w}{4}'));
    expect(tex).toMatch(/nn-term-pm\}\{-2\}/);
    expect(productTex(2, productMatrix([A, B]))).toMatch(/\\htmlClass\{nn-term-pm\}\{\\mathbf\{P\}\} &= .*&\\approx/);
  });
  it('nests the switch only when it is on', () => {
    const P = productMatrix([A, B]);
    const off = outputsTex(2, [1, -1], P, [-1, 1], [-1, 1], 'none', null);
    expect(off).not.toContain('ReLU');
    const on = outputsTex(2, [1, -1], P, [-1, 1], [-1, 1], 'relu', [0, 0]);
    expect(on).toContain('\\operatorname{ReLU}');
    expect(on).toContain('\\text{with } f = \\operatorname{ReLU} \\text{ between layers:}');
    expect(on).toContain('f(\\htmlClass{nn-term-w}{\\mathbf{W}_{1}}');
  });
  it('writes the layers, the switch and P in code', () => {
    const c = whySwitchCode([A, B], [1, -1], 'relu');
    expect(c.numpy).toContain('W1 = np.array([[1, 2], [3, 4]])');
    expect(c.numpy).toContain('h = W1 @ h; h = relu(h)');
    expect(c.numpy).toContain('P = W2 @ W1');
    expect(c.pytorch).toContain('h = W1 @ h; h = torch.relu(h)');
    expect(whySwitchCode([A, B], [1, -1], 'none').pytorch).not.toContain('relu');
  });
});
