import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasState, readState, writeState } from './addressState';
import { bool, choice, defaultsOf, int, num } from './params';

const schema = {
  w: num(-2, 2, 0.5),
  n: int(1, 1024, 3),
  act: choice(['sigmoid', 'relu', 'tanh'] as const, 'sigmoid'),
  on: bool(true),
};

describe('readState(schema, id, search)', () => {
  it('never throws and only ever returns valid values, whatever the address', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (search) => {
        const state = readState(schema, 'lab', search);
        for (const key of Object.keys(state)) expect(Object.keys(schema)).toContain(key);
        if (state.w !== undefined) expect(state.w >= -2 && state.w <= 2).toBe(true);
        if (state.n !== undefined) expect(Number.isInteger(state.n) && state.n >= 1 && state.n <= 1024).toBe(true);
        if (state.act !== undefined) expect(['sigmoid', 'relu', 'tanh']).toContain(state.act);
        if (state.on !== undefined) expect(typeof state.on).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('survives arbitrary values for known keys', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (w, n, act) => {
        const search = new URLSearchParams({ 'lab.w': w, 'lab.n': n, 'lab.act': act }).toString();
        const state = readState(schema, 'lab', search);
        expect(state.w === undefined || Number.isFinite(state.w)).toBe(true);
        expect(state.n === undefined || Number.isInteger(state.n)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('clamps out-of-range numbers and ignores non-numbers', () => {
    expect(readState(schema, 'lab', '?lab.w=1e309&lab.n=99999&lab.act=%3Cb%3E')).toEqual({ n: 1024 });
    expect(readState(schema, 'lab', '?lab.w=-7&lab.n=2.6')).toEqual({ w: -2, n: 3 });
    expect(readState(schema, 'lab', '?lab.w=NaN&lab.n=Infinity&lab.on=maybe')).toEqual({});
    expect(readState(schema, 'lab', '?lab.w=-0')).toEqual({ w: 0 });
  });

  it('cannot pollute prototypes', () => {
    const state = readState(schema, 'lab', '?__proto__.x=1&lab.__proto__=1&lab.constructor=1&constructor.prototype.x=1');
    expect(state).toEqual({});
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('reads a 20 kB address quickly, looking at a bounded prefix only', () => {
    const search = `?lab.w=1&junk=${'x'.repeat(20_000)}`;
    const started = performance.now();
    for (let i = 0; i < 100; i++) readState(schema, 'lab', search);
    expect(readState(schema, 'lab', search)).toEqual({ w: 1 });
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('writeState(schema, id, state, search)', () => {
  it('round-trips any valid state through the address', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.integer({ min: 1, max: 1024 }),
        fc.constantFrom('sigmoid', 'relu', 'tanh' as const),
        fc.boolean(),
        (w, n, act, on) => {
          const state = { w: Object.is(w, -0) ? 0 : w, n, act, on };
          const search = writeState(schema, 'lab', state, '?other.k=1');
          const back = { ...defaultsOf(schema), ...readState(schema, 'lab', search) };
          expect(back.n).toBe(n);
          expect(back.act).toBe(act);
          expect(back.on).toBe(on);
          expect(Math.abs(back.w - state.w)).toBeLessThanOrEqual(1e-11 * Math.max(1, Math.abs(state.w)));
          expect(search).toContain('other.k=1');
        },
      ),
    );
  });

  it('writes only what differs from the defaults, and hasState sees it', () => {
    expect(writeState(schema, 'lab', defaultsOf(schema), '')).toBe('');
    const search = writeState(schema, 'lab', { ...defaultsOf(schema), w: 0.7 }, '');
    expect(search).toBe('?lab.w=0.7');
    expect(hasState('lab', search)).toBe(true);
    expect(hasState('other', search)).toBe(false);
  });
});
