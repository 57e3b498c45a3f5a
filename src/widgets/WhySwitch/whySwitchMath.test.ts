import { describe, expect, it } from 'vitest';
import { maxBend, sampleLayers, stackCurve } from './whySwitchMath';

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
