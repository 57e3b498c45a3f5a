import { describe, expect, it } from 'vitest';
import { texToPlainText } from '../../components/texTerms';
import { defaultsOf } from '../shared/params';
import { cellColors, layerValues } from './layerMath';
import { rowTex } from './layerTex';
import { params } from './params';

const example = defaultsOf(params);

describe('layer TeX', () => {
  it('writes a row in full for 3 inputs and with dots for 10', () => {
    expect(texToPlainText(rowTex({ ...example, ...layerValues({ ...example, row: 2 }) }))).toContain('W_2,1x_1 + W_2,2x_2 + W_2,3x_3 + b_2');
    const big = { ...example, nIn: 10 };
    const tex = rowTex({ ...big, ...layerValues(big) });
    expect(tex).toContain('\\dots');
    expect(texToPlainText(tex)).toContain('W_1,10x_10');
  });
  it('cell colours: white text on strong colours, dark text near 0', () => {
    const c = cellColors(1);
    expect(c(0).color).toBe('#1c1c1e');
    expect(c(1).color).toBe('#ffffff');
    expect(c(-1).background).toBe('rgb(33, 102, 172)');
  });
});
