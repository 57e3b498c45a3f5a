import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../shared/params';
import { broadcastLayer } from './broadcastMath';
import { numbersTex } from './broadcastTex';
import { params } from './params';

describe('numbersTex', () => {
  it('keeps b out of the product, so moving b re-typesets only the sum', () => {
    const s = defaultsOf(params);
    const tex = (b1: number) => numbersTex({ ...s, b1, ...broadcastLayer({ ...s, b1 }) });
    expect(tex(0.5).product).toBe(tex(-1).product);
    expect(tex(0.5).product).not.toContain('nn-term-b');
    expect(tex(0.5).sum).not.toBe(tex(-1).sum);
  });
});
