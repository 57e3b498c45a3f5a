import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertPositiveInteger } from './validate';
import { heVariance, sampleWeights, xavierVariance } from './init';
import { histogram } from './histogram';
import { matrix } from './linalg';
import { createMlp } from './mlp';
import { makeDataset } from './datasets';
import { deepSignal } from './deepSignal';
import { seedPropertyTests } from './testUtils';

seedPropertyTests();

const invalidSize = fc.oneof(
  fc.constantFrom(0, -1, -0, 0.5, 2.5, NaN, Infinity, -Infinity),
  fc.integer({ max: 0 }),
  fc.double({ noInteger: true }),
);

describe('assertPositiveInteger(name, value)', () => {
  it('accepts 1, 2, 2^40', () => {
    for (const v of [1, 2, 2 ** 40]) expect(() => assertPositiveInteger('n', v)).not.toThrow();
  });
  it('throws a RangeError naming the argument and the value', () => {
    expect(() => assertPositiveInteger('nIn', 0)).toThrow(new RangeError('nIn must be a positive integer, got 0'));
  });
});

describe('every size argument rejects 0, negatives, fractions, NaN, ±Infinity with a RangeError naming it', () => {
  const cases: [string, (v: number) => unknown][] = [
    ['nIn', (v) => xavierVariance(v, 3)],
    ['nOut', (v) => xavierVariance(3, v)],
    ['nIn', (v) => heVariance(v)],
    ['nIn', (v) => sampleWeights('he', v, 2, 1)],
    ['nOut', (v) => sampleWeights('xavier', 2, v, 1, 'uniform')],
    ['bins', (v) => histogram([1, 2, 3], v)],
    ['rows', (v) => matrix(v, 2)],
    ['cols', (v) => matrix(2, v)],
    ['sizes\\[1\\]', (v) => createMlp({ sizes: [2, v, 1], activation: 'tanh', init: 'xavier', seed: 1 })],
    ['n', (v) => makeDataset('xor', v, 0, 1)],
    ['layers', (v) => deepSignal({ layers: v, width: 4, batch: 4, activation: 'tanh', init: 'he', seed: 1 })],
    ['width', (v) => deepSignal({ layers: 2, width: v, batch: 4, activation: 'tanh', init: 'he', seed: 1 })],
    ['batch', (v) => deepSignal({ layers: 2, width: 4, batch: v, activation: 'relu', init: 'he', seed: 1 })],
  ];
  for (const [name, call] of cases) {
    it(`${name}: ${call.toString().slice(8, 60)}`, () => {
      fc.assert(
        fc.property(invalidSize, (v) => {
          expect(() => call(v)).toThrow(RangeError);
          expect(() => call(v)).toThrow(new RegExp(`^${name} must be a positive integer`));
        }),
        { numRuns: 30 },
      );
    });
  }
});
