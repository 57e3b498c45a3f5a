import { describe, expect, it } from 'vitest';
import { applyUpdate, backprop } from './backpropMath';
import { backpropCode } from './backpropCode';
import { backwardTex, forwardTex, updateTex } from './backpropTex';

const example = { x1: 2, x2: 3, w1: 0.5, w2: -0.2, b: 0.1, y: 1, eta: 0.5 };
// Independent hand calculation: z = 1 − 0.6 + 0.1, a = 1 / (1 + e^{−z}).
const z = 0.5;
const a = 1 / (1 + Math.exp(-z));
const dLda = a - 1;
const dadz = a * (1 - a);

describe('backprop(example)', () => {
  it('gives every factor of the chain rule for the chapter-7 neuron', () => {
    const r = backprop(example);
    expect(r.z).toBeCloseTo(0.5, 12);
    expect(r.a).toBeCloseTo(0.622, 3);
    expect(r.L).toBeCloseTo(0.0713, 4);
    expect(r.dLda).toBeCloseTo(-0.378, 3);
    expect(r.dadz).toBeCloseTo(0.235, 3);
    expect(r.dLdw1).toBeCloseTo(dLda * dadz * 2, 12);
    expect(r.dLdw1).toBeCloseTo(-0.177, 3);
    expect(r.dLdw2).toBeCloseTo(-0.266, 3);
    expect(r.dLdb).toBeCloseTo(-0.089, 3);
  });

  it('agrees with a central finite difference of the loss', () => {
    const L = (w1: number) => 0.5 * (1 / (1 + Math.exp(-(w1 * 2 - 0.6 + 0.1))) - 1) ** 2;
    const h = 1e-5;
    expect(backprop(example).dLdw1).toBeCloseTo((L(0.5 + h) - L(0.5 - h)) / (2 * h), 8);
  });
});

describe('applyUpdate(example)', () => {
  it('takes one step to w1 ≈ 0.589, w2 ≈ −0.067, b ≈ 0.144 and L 0.0713 → 0.0302', () => {
    const s = applyUpdate(example);
    expect(s.w1).toBeCloseTo(0.5 - 0.5 * dLda * dadz * 2, 12);
    expect(s.w1).toBeCloseTo(0.589, 3);
    expect(s.w2).toBeCloseTo(-0.067, 3);
    expect(s.b).toBeCloseTo(0.144, 3);
    expect(s.before).toBeCloseTo(0.0713, 4);
    expect(s.after).toBeCloseTo(0.0302, 4);
    const after = backprop({ ...example, ...s });
    expect(after.z).toBeCloseTo(1.121, 3);
    expect(after.a).toBeCloseTo(0.754, 3);
  });

  it('keeps the weights inside the sliders’ range for a huge step', () => {
    const s = applyUpdate({ ...example, y: 0, x1: 5, x2: 5, w1: 4.99, eta: 2 });
    expect(s.w1).toBeGreaterThanOrEqual(-5);
    expect(s.w1).toBeLessThanOrEqual(5);
  });

  it('reaches L < 0.01 after a handful of steps (the exercise is solvable)', () => {
    let s = { ...example };
    for (let k = 0; k < 10; k++) s = { ...s, ...applyUpdate(s) };
    expect(backprop(s).L).toBeLessThan(0.01);
  });
});

describe('backprop TeX and code', () => {
  const v = { ...example, ...backprop(example) };
  it('substitutes the example numbers', () => {
    expect(forwardTex(v)).toContain('0.622');
    expect(backwardTex(v)).toContain('-0.378');
    expect(backwardTex(v)).toContain('0.235');
    expect(backwardTex(v)).toContain('-0.177');
    expect(backwardTex(v)).toContain('-0.266');
    expect(backwardTex(v)).toContain('-0.089');
    expect(updateTex(v)).toContain('0.589');
    expect(updateTex(v)).toContain('-0.067');
    expect(updateTex(v)).toContain('0.144');
  });
  it('writes the current state as code', () => {
    const code = backpropCode(example);
    expect(code.numpy).toContain('x = np.array([2, 3])');
    expect(code.numpy).toContain('b, y, eta = 0.1, 1, 0.5');
    expect(code.pytorch).toContain('L.backward()');
  });
});
