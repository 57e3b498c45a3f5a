import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../shared/params';
import { layerTex } from './layerTex';
import { layerValues } from './layerMath';
import { params } from './params';
import { exercises } from './exercises';

const example = defaultsOf(params);

describe('layerTex', () => {
  it('highlights each bias with its own neuron row', () => {
    const tex = layerTex(layerValues(example));
    expect(tex).toMatch(/nn-term-row1\}\{\\htmlClass\{nn-term-b\}\{0\}/);
    expect(tex).toMatch(/nn-term-row2\}\{\\htmlClass\{nn-term-b\}\{0\}/);
  });
});

describe('exercise bias-silence-neuron-2', () => {
  const { check } = exercises[0];
  it('is solved by b2 = −0.223 and not by b2 = 0 or by moving x', () => {
    expect(check({ ...example, b2: -0.223 })).toBe(true);
    expect(check({ ...example, b1: 0.5, b2: -0.223 })).toBe(true);
    expect(check(example)).toBe(false);
    expect(check({ ...example, b2: -0.22 })).toBe(false);
    expect(check({ x1: 0, x2: 0, x3: 0, b1: 0, b2: 0 })).toBe(false);
  });
});
