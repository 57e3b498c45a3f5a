import { describe, expect, it } from 'vitest';
import { applyUpdate, backprop } from './backpropMath';
import { backpropDigits } from './backpropDigits';
import { read } from '../shared/shownNumbers';
import { defaultsOf } from '../shared/params';
import { sampleState, seededRandom } from '../../test/sampleState';
import { params } from './params';
import { exercises } from './exercises';

const example = defaultsOf(params);

describe('applyUpdate(example)', () => {
  it('keeps the weights inside the sliders’ range for a huge step', () => {
    const s = applyUpdate({ ...example, y: 0, x1: 5, x2: 5, w1: 4.99, eta: 2 });
    expect(s.w1).toBeGreaterThanOrEqual(-5);
    expect(s.w1).toBeLessThanOrEqual(5);
  });

  it('reaches L < 0.01 after a handful of steps, which solves the exercise', () => {
    let s = { ...example };
    for (let k = 0; k < 10; k++) s = { ...s, ...applyUpdate(s) };
    expect(backprop(s).L).toBeLessThan(0.01);
    const [check] = exercises.map((e) => e.check);
    expect(check(example)).toBe(false);
    expect(check(s)).toBe(true);
  });
});

describe('backpropDigits: every step redone with the numbers shown gives the number shown', () => {
  it('at the example: a ≈ 0.62246, ∂L/∂a ≈ −0.37754, ∂L/∂b ≈ −0.0887 (−0.378 · 0.235 · 2 would be −0.178)', () => {
    expect(backpropDigits({ ...example, ...backprop(example) })).toEqual({ a: 5, factors: 5, gradients: 4, complement: false });
  });

  it('at random states, saturated ones too', () => {
    const random = seededRandom(7);
    for (let k = 0; k < 200; k++) {
      const s = k % 4 === 0 ? { ...sampleState(params, random), x1: 5, x2: 5, w1: 4, w2: 4 } : sampleState(params, random);
      const v = { ...s, ...backprop(s) };
      const d = backpropDigits(v);
      const shown = (x: number, digits: number) => read(x, digits);
      const a = d.complement ? 1 - shown(v.oneMinusA, d.a) : shown(v.a, d.a);
      const aMinusY = d.complement ? 1 - s.y - shown(v.oneMinusA, d.a) : a - s.y;
      const [dLda, dadz] = [shown(v.dLda, d.factors), shown(v.dadz, d.factors)];
      const where = JSON.stringify(s);
      expect(shown(aMinusY, d.factors), where).toBe(dLda);
      expect(shown(a * shown(v.oneMinusA, d.a), d.factors), where).toBe(dadz);
      expect(shown(0.5 * aMinusY ** 2, 4), where).toBe(shown(v.L, 4));
      [[s.x1, v.dLdw1, s.w1], [s.x2, v.dLdw2, s.w2], [1, v.dLdb, s.b]].forEach(([xi, g, theta]) => {
        expect(shown(dLda * dadz * xi, d.gradients), where).toBe(shown(g, d.gradients));
        expect(shown(theta - s.eta * shown(g, d.gradients), 3), where).toBe(shown(theta - s.eta * g, 3));
      });
    }
  });
});
