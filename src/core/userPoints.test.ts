import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_USER_POINTS, addUserPoint, formatUserPoints, parseUserPoints, removeUserPoint } from './userPoints';

describe('the reader’s points as text', () => {
  it('reads "x1,x2,class" in hundredths joined by "_"', () => {
    expect(parseUserPoints('52,-31,1_-150,150,0')).toEqual([
      { x1: 0.52, x2: -0.31, label: 1 },
      { x1: -1.5, x2: 1.5, label: 0 },
    ]);
  });
  it('drops malformed entries, clamps far coordinates, refuses hostile text', () => {
    expect(parseUserPoints('1e309,0,1_abc_5,5,2_<img src=x>_999,-999,1_7,8')).toEqual([{ x1: 1.5, x2: -1.5, label: 1 }]);
    expect(parseUserPoints('NaN,NaN,1')).toEqual([]);
  });
  it('adds a point rounded to hundredths and removes the nearest within a radius', () => {
    const one = addUserPoint('', 0.123, -0.456, 1);
    expect(one).toBe('12,-46,1');
    const two = addUserPoint(one, 1, 1, 0);
    expect(removeUserPoint(two, 0.9, 0.95, 0.2)).toBe('12,-46,1');
    expect(removeUserPoint(two, 0, 0.5, 0.2)).toBe(two);
  });
  it('stops at MAX_USER_POINTS, and any text reads back to itself once formatted', () => {
    let text = '';
    for (let i = 0; i < MAX_USER_POINTS + 5; i++) text = addUserPoint(text, i / 200, 0, 0);
    expect(parseUserPoints(text).length).toBe(MAX_USER_POINTS);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (junk) => {
        const once = formatUserPoints(parseUserPoints(junk));
        expect(formatUserPoints(parseUserPoints(once))).toBe(once);
      }),
    );
  });
});
