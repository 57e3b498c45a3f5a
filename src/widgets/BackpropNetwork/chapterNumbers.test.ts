import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backpropPass, exampleNetwork, finiteDifferenceGradients, networkLoss, networkStep, parameterCountOf } from '../../core';

// The chapter prints the example's numbers in its prose; each must be what the core computes.
const chapter = readFileSync(resolve(process.cwd(), 'content/11-backpropagation-through-a-network.mdx'), 'utf8');
const { x, layers, y, eta } = exampleNetwork;
const pass = backpropPass(layers, x, y);
const next = networkStep(layers, pass, eta);
const after = backpropPass(next, x, y);
const shown = (v: number, digits: number) => v.toFixed(digits);

describe('chapter 11 prose numbers', () => {
  const printed: [string, number, number][] = [
    ['a¹₁', pass.as[1][0], 3], ['a¹₂', pass.as[1][1], 3], ['z²', pass.zs[1][0], 3], ['a²', pass.as[2][0], 4],
    ['L', pass.loss, 4], ['σ′(z²)', pass.as[2][0] * (1 - pass.as[2][0]), 4], ['δ²', pass.deltas[1][0], 4],
    ['σ′(z¹₁)', pass.as[1][0] * (1 - pass.as[1][0]), 4], ['σ′(z¹₂)', pass.as[1][1] * (1 - pass.as[1][1]), 4],
    ['δ¹₁', pass.deltas[0][0], 4], ['δ¹₂', pass.deltas[0][1], 4],
    ...pass.dW[1][0].map((g, k): [string, number, number] => [`∂L/∂w²${k}`, g, 4]),
    ...pass.dW[0].flat().map((g, k): [string, number, number] => [`∂L/∂w¹${k}`, g, 4]),
    ['a² after', after.as[2][0], 4], ['L after', networkLoss(next, x, y), 4],
  ];
  it.each(printed)('prints %s as the core computes it', (_name, value, digits) => {
    expect(chapter).toContain(shown(value, digits));
  });

  it('prints the h² shrinking of the central difference and the parameter count', () => {
    const gap = (h: number) => {
      const fd = finiteDifferenceGradients(layers, x, y, h);
      const exact = [...pass.dW.flat(2), ...pass.db.flat()], estimate = [...fd.dW.flat(2), ...fd.db.flat()];
      return Math.max(...exact.map((g, i) => Math.abs(g - estimate[i])));
    };
    // Error ∝ h² down to 10⁻⁴ (2.548e-4, 2.552e-6, 2.550e-10), then rounding takes over.
    expect(gap(1e-1).toExponential(1)).toBe('2.5e-4');
    expect(gap(1e-2).toExponential(1)).toBe('2.6e-6');
    expect(gap(1e-4).toExponential(1)).toBe('2.5e-10');
    expect(gap(1e-8).toExponential(0)).toBe('2e-9');
    for (const s of ['2.5 \\times 10^{-4}', '2.6 \\times 10^{-6}', '2.5 \\times 10^{-10}', '2 \\times 10^{-9}']) expect(chapter).toContain(s);
    expect(parameterCountOf([784, 128, 10])).toBe(101_770);
    expect(chapter).toContain('101{,}770');
    expect(chapter).toContain('203{,}540');
  });
});
