import { describe, expect, it } from 'vitest';
import { layoutNodes, nodeName, selectedNode } from './feedMath';

describe('nodes', () => {
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
  it('selects the picked node while it exists, else the output', () => {
    expect(selectedNode([2, 3, 1], { l: 1, j: 2 })).toEqual({ l: 1, j: 2 });
    expect(selectedNode([2, 2, 1], { l: 1, j: 2 })).toEqual({ l: 2, j: 0 });
    expect(selectedNode([2, 3, 1], null)).toEqual({ l: 2, j: 0 });
  });
});
