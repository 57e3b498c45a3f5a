import { describe, expect, it } from 'vitest';
import { texToPlainText } from '../../components/texTerms';
import { layerValues } from './layerMath';
import { parametersTex, rowTex, shapesTex } from './layerTex';
import { layerCode } from './layerCode';
import { cellColors } from './layerMath';

describe('layerValues', () => {
  it('z_j is row j of W times x plus b, summed by hand', () => {
    const v = layerValues(3, 2, 0.25, 7);
    for (let j = 0; j < 2; j++) {
      const z = v.W.data[j * 3] * v.x[0] + v.W.data[j * 3 + 1] * v.x[1] + v.W.data[j * 3 + 2] * v.x[2] + 0.25;
      expect(v.z[j]).toBeCloseTo(z, 12);
    }
    expect(v.parameters).toBe(8);
    for (const x of v.x) expect(Math.abs(x)).toBeLessThanOrEqual(1);
  });
});

describe('layer TeX', () => {
  it('writes shapes and the parameter count', () => {
    expect(texToPlainText(shapesTex(3, 2))).toContain('(2 × 3)_W · (3)_x + (2)_b = (2)_z');
    expect(parametersTex(16, 8)).toContain('8 \\cdot 16 + 8 = 136');
  });
  it('writes a row in full for 3 inputs and with dots for 10', () => {
    const small = rowTex(layerValues(3, 2, 0, 1), 1);
    expect(texToPlainText(small)).toContain('W_2,1x_1 + W_2,2x_2 + W_2,3x_3 + b_2');
    const big = rowTex(layerValues(10, 2, 0, 1), 0);
    expect(big).toContain('\\dots');
    expect(texToPlainText(big)).toContain('W_1,10x_10');
  });
  it('code gives the shapes and the count', () => {
    const code = layerCode(3, 2, [0.5, -1, 0], 0, 42);
    expect(code.numpy).toContain('x = np.array([0.5, -1, 0])');
    expect(code.numpy).toContain('# (2, 3) (3,) (2,)');
    expect(code.pytorch).toContain('torch.nn.Linear(3, 2)');
    expect(code.pytorch).toContain('# 8');
  });
  it('cell colours: white text on strong colours, dark text near 0', () => {
    const c = cellColors(1);
    expect(c(0).color).toBe('#1c1c1e');
    expect(c(1).color).toBe('#ffffff');
    expect(c(-1).background).toBe('rgb(33, 102, 172)');
  });
});
