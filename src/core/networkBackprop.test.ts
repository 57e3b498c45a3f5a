import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backpropPass, finiteDifferenceGradients, networkLoss, networkStep, type DenseLayer } from './networkBackprop';
import { neuronGradient } from './neuronGradient';
import { exampleNetwork } from './example';

const s = (z: number) => 1 / (1 + Math.exp(-z));
const { x, layers, y } = exampleNetwork;

describe('backpropPass at the example network', () => {
  const pass = backpropPass(layers, x, y);

  it('matches the pass worked by hand', () => {
    // Forward: z⁽¹⁾ = (0.5·2 − 0.2·3 + 0.1, −0.3·2 + 0.4·3 + 0) = (0.5, 0.6).
    const a1 = [s(0.5), s(0.6)];
    const z2 = 0.8 * a1[0] - 0.5 * a1[1] + 0.2;
    const a2 = s(z2);
    const d2 = (a2 - 1) * a2 * (1 - a2);
    const d1 = [0.8 * d2 * a1[0] * (1 - a1[0]), -0.5 * d2 * a1[1] * (1 - a1[1])];
    expect(pass.zs[0][0]).toBeCloseTo(0.5, 14);
    expect(pass.zs[0][1]).toBeCloseTo(0.6, 14);
    expect(pass.zs[1][0]).toBeCloseTo(z2, 14);
    expect(pass.loss).toBeCloseTo(0.5 * (a2 - 1) ** 2, 14);
    expect(pass.deltas[1][0]).toBeCloseTo(d2, 14);
    expect(pass.deltas[0][0]).toBeCloseTo(d1[0], 14);
    expect(pass.deltas[0][1]).toBeCloseTo(d1[1], 14);
    expect(pass.dW[1][0]).toEqual([expect.closeTo(d2 * a1[0], 14), expect.closeTo(d2 * a1[1], 14)]);
    expect(pass.dW[0]).toEqual([
      [expect.closeTo(2 * d1[0], 14), expect.closeTo(3 * d1[0], 14)],
      [expect.closeTo(2 * d1[1], 14), expect.closeTo(3 * d1[1], 14)],
    ]);
    expect(pass.db).toEqual([[expect.closeTo(d1[0], 14), expect.closeTo(d1[1], 14)], [expect.closeTo(d2, 14)]]);
  });

  it('gives the numbers the chapter prints, at their rounding', () => {
    expect(pass.as[2][0].toFixed(4)).toBe('0.5927');
    expect(pass.loss.toFixed(4)).toBe('0.0829');
    expect(pass.deltas[1][0].toFixed(4)).toBe('-0.0983');
    expect(pass.deltas[0].map((d) => d.toFixed(4))).toEqual(['-0.0185', '0.0112']);
  });

  it('one step with η = 0.5 lowers the loss', () => {
    const after = networkLoss(networkStep(layers, pass, 0.5), x, y);
    expect(after).toBeLessThan(pass.loss);
  });
});

const weight = fc.double({ min: -10, max: 10, noNaN: true });
const layersArb = fc.record({
  W1: fc.array(fc.array(weight, { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 2 }),
  b1: fc.array(weight, { minLength: 2, maxLength: 2 }),
  W2: fc.array(weight, { minLength: 2, maxLength: 2 }),
  b2: weight,
});

describe('backpropPass against finite differences', () => {
  it('agrees to 1e−6 at h = 1e−4 for every weight in ±10', () => {
    fc.assert(
      fc.property(layersArb, fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 2, maxLength: 2 }), fc.double({ min: 0, max: 1, noNaN: true }), (p, xs, target) => {
        const net: DenseLayer[] = [{ W: p.W1, b: p.b1 }, { W: [p.W2], b: [p.b2] }];
        const pass = backpropPass(net, xs, [target]);
        const fd = finiteDifferenceGradients(net, xs, [target], 1e-4);
        const all = (g: { dW: number[][][]; db: number[][] }) => [...g.dW.flat(2), ...g.db.flat()];
        const exact = all(pass), estimate = all(fd);
        exact.forEach((g, i) => expect(Math.abs(g - estimate[i])).toBeLessThan(1e-6));
      }),
      { numRuns: 200 },
    );
  });

  it('is the one-neuron chain rule when the network is one sigmoid unit', () => {
    fc.assert(
      fc.property(fc.array(weight, { minLength: 2, maxLength: 2 }), weight, fc.array(weight, { minLength: 2, maxLength: 2 }), (w, b, xs) => {
        const pass = backpropPass([{ W: [w], b: [b] }], xs, [1]);
        const g = neuronGradient(w, xs, b, 1, 'sigmoid');
        expect(pass.dW[0][0][0]).toBeCloseTo(g.dLdw[0], 12);
        expect(pass.dW[0][0][1]).toBeCloseTo(g.dLdw[1], 12);
        expect(pass.db[0][0]).toBeCloseTo(g.dLdb, 12);
      }),
    );
  });
});
