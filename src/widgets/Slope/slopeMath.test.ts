import { describe, expect, it } from 'vitest';
import { centralDifference, lineThrough, slopeFunctions } from './slopeMath';
import Slope from './Slope';
import type { SlopeState } from './params';

describe('centralDifference(f, w, h)', () => {
  it('is exact for a parabola, and off by exactly h²/3 for w³/3 − w', () => {
    expect(centralDifference((w) => w * w, 1.5, 0.5)).toBeCloseTo(3, 12);
    const { f, df } = slopeFunctions.cubic;
    for (const h of [1, 0.1, 0.01]) expect(centralDifference(f, 0.7, h) - df(0.7)).toBeCloseTo((h * h) / 3, 9);
  });
  it('approaches −0.177 for the loss as h shrinks', () => {
    const { f, df } = slopeFunctions.loss;
    expect(df(0.5)).toBeCloseTo(-0.177, 3);
    const errors = [0.05, 0.005, 0.0005].map((h) => Math.abs(centralDifference(f, 0.5, h) - df(0.5)));
    expect(errors[1]).toBeLessThan(errors[0] / 50);
    expect(errors[2]).toBeLessThan(errors[1] / 50);
  });
  it('draws a line through a point with a slope', () => {
    expect(lineThrough(1, 2, 3, -1, 2)).toEqual({ xs: [-1, 2], ys: [-4, 5] });
  });
});

describe('the finite-difference equation', () => {
  const { derive, equations } = Slope.definition;
  const texNum = String.raw`(-?[\d.]+(?:\\times10\^\{-?\d+\})?)`;
  const value = (t: string) => Number(t.replace('\\times10^{', 'e').replace('}', ''));
  const shown = (s: SlopeState) => {
    const tex = equations!({ ...s, ...derive!(s) })[0] as string;
    const m = new RegExp(String.raw`\\frac\{${texNum} - \(?${texNum}\)?\}\{2 \\cdot ${texNum}\} \\\\ &(?:=|\\approx) ${texNum} \\end`).exec(tex);
    if (!m) throw new Error(`unexpected TeX: ${tex}`);
    return m.slice(1).map(value);
  };

  it('shows values of f(w ± h) whose quotient is the quotient shown (h = 0.01, w = −1.3: not (0.457 − 0.4586)/0.02 ≈ −0.0789)', () => {
    for (const fn of ['loss', 'cubic'] as const) {
      for (const w of [-2.9, -1.3, 0.5, 2.6]) {
        for (const h of [1e-4, 0.000316, 0.001, 0.01, 0.0316, 0.5]) {
          const [up, down, hh, quotient] = shown({ w, h, fn });
          expect(Number(((up - down) / (2 * hh)).toFixed(4)), `${fn} at w = ${w}, h = ${h}`).toBeCloseTo(quotient, 10);
        }
      }
    }
  });
});
