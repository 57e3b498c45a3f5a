import { describe, expect, it } from 'vitest';
import { texToPlainText } from '../../components/texTerms';
import { feedValues, layoutNodes, nodeName } from './feedMath';
import { networkTex, nodeTex } from './feedTex';
import { feedCode } from './feedCode';

describe('feedValues', () => {
  it('passes each layer’s output on as the next layer’s input', () => {
    const v = feedValues(2, 3, 3, 2, 'sigmoid', 42);
    expect(v.sizes).toEqual([2, 3, 3, 1]);
    const W = v.weights[1];
    let z = 0;
    for (let k = 0; k < 3; k++) z += W.data[k] * v.as[1][k];
    expect(v.zs[1][0]).toBeCloseTo(z, 12);
    expect(v.as[2][0]).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
    expect(v.parameters).toBe(9 + 12 + 4);
  });
  it('names nodes for screen readers', () => {
    expect(nodeName([2, 3, 1], 1, 1, '0.73')).toBe('layer 1, neuron 2: a = 0.73');
    expect(nodeName([2, 3, 1], 2, 0, '0.5')).toBe('layer 2 (output), neuron 1: a = 0.5');
    expect(nodeName([2, 3, 1], 0, 1, '3')).toBe('input 2: x2 = 3');
  });
  it('lays nodes out in columns centred vertically', () => {
    const nodes = layoutNodes([2, 3, 1], 400, 200, 20);
    expect(nodes).toHaveLength(6);
    expect(nodes[0].cx).toBe(20);
    expect(nodes[5]).toEqual({ l: 2, j: 0, cx: 380, cy: 100 });
    expect(nodes[2].cy + nodes[4].cy).toBe(200);
  });
});

describe('feed TeX and code', () => {
  it('writes the layer-by-layer equations', () => {
    const plain = texToPlainText(networkTex(2, 'sigmoid'));
    expect(plain).toContain('a^(1) = σ(W^(1) x + b^(1))');
    expect(plain).toContain('a^(2) = σ(W^(2) a^(1) + b^(2))');
  });
  it('writes one node’s equation with its numbers', () => {
    const v = feedValues(2, 3, 2, 1, 'relu', 1);
    const plain = texToPlainText(nodeTex(v, 1, 0, 'relu'));
    expect(plain).toContain('W^(1)_1,1x_1 + W^(1)_1,2x_2 + b^(1)_1');
    expect(texToPlainText(nodeTex(v, 0, 1, 'relu'))).toContain('x_2 = 3');
  });
  it('code builds the same layer sizes', () => {
    const v = feedValues(2, 3, 3, 2, 'tanh', 42);
    const code = feedCode(v, 'tanh');
    expect(code.numpy).toContain('sizes 2-3-3-1');
    expect(code.pytorch).toContain('torch.nn.Linear(2, 3), torch.nn.Tanh()');
    expect(code.pytorch).toContain('torch.nn.Linear(3, 1), torch.nn.Tanh()');
  });
});
