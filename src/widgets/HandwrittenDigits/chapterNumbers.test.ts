// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossEntropyGradientInto, crossEntropyWithLogits, softmax } from '../../core/softmax';
import { parameterCount } from '../../core/mlp';
import { createDigitNetwork } from '../../core/digitTraining';

// The chapter prints its worked example's numbers; each must be what the core computes.
const chapter = readFileSync('content/13-handwritten-digits.mdx', 'utf8');
const z = [2, 1, 0], y = [1, 0, 0];
const p = softmax(z);
const slope = crossEntropyGradientInto(z, y, new Float64Array(3));

describe('chapter 13 prose numbers', () => {
  it.each([
    ['e²', Math.exp(2), '7.389'], ['e¹', Math.exp(1), '2.718'], ['Σ e^z', Math.exp(2) + Math.exp(1) + 1, '11.107'],
    ['p₀', p[0], '0.665'], ['p₁', p[1], '0.245'], ['p₂', p[2], '0.090'],
    ['ℓ for y = 0', crossEntropyWithLogits(z, y), '0.408'], ['−ln 0.9', -Math.log(0.9), '0.105'],
    ['ln 10 (every p = 0.1)', crossEntropyWithLogits(new Array(10).fill(0), [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]), '2.303'],
    ['∂ℓ/∂z₀', slope[0], '-0.335'], ['∂ℓ/∂z₁', slope[1], '0.245'], ['∂ℓ/∂z₂', slope[2], '0.090'],
  ])('prints %s as the core computes it', (_name, value, shown) => {
    expect(value.toFixed(3)).toBe(shown);
    expect(chapter).toContain(shown);
  });

  it('counts the parameters of the 784-32-10 network', () => {
    expect(parameterCount(createDigitNetwork(32, 1))).toBe(25_450);
    expect(chapter).toContain('25{,}450');
  });
});
