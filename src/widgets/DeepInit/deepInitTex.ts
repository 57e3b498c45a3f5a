import { formatNumber } from '../../components/format';
import { num, relation, sym } from '../shared/liveTex';
import { relationAt, rounded, texSignificant } from './shownNumbers';

export interface GainValues {
  width: number;
  /** Var(w) = s² of the chosen scheme. */
  varW: number;
  act: 'tanh' | 'relu';
  /** n_in·Var(w), halved for ReLU. */
  gain: number;
}

/** The smallest n ≥ 3 for which `shows(n)` holds (at most 9): enough digits for the next step. */
function digitsWhere(shows: (n: number) => boolean): number {
  let n = 3;
  while (n < 9 && !shows(n)) n++;
  return n;
}

/**
 * One layer's effect on the variance, in three stages: n_in·Var(w) → numbers substituted → the
 * factor per layer (× ½ for ReLU). Var(w) gets the digits that make the product the gain shown:
 * 90 · 0.0111 = 0.999, but 90 · 0.01111 ≈ 1.
 */
export function gainTex(v: GainValues): string {
  const relu = v.act === 'relu';
  const half = relu ? ' \\cdot \\tfrac{1}{2}' : '';
  const shownGain = formatNumber(v.gain);
  const n = digitsWhere((k) => formatNumber(v.width * rounded(v.varW, k) * (relu ? 0.5 : 1)) === shownGain);
  const symbols = `${sym('x', 'n_{\\text{in}}')} \\, ${sym('w', '\\text{Var}(w)')}${half}`;
  const numbers = `${num('x', v.width)} \\cdot ${sym('w', texSignificant(v.varW, n))}${half}`;
  return (
    `\\begin{aligned} \\text{gain per layer} &= ${symbols} \\\\ &${relationAt(v.varW, n)} ${numbers} \\\\ ` +
    `&${relation(v.gain)} ${num('z', v.gain)} \\end{aligned}`
  );
}

export interface RatioValues {
  layers: number;
  first: number;
  last: number;
  ratio: number;
}

/**
 * Var(a⁽ᴷ⁾) / Var(a⁽¹⁾) (the layer index as everywhere in the essay): the number that decides vanishing, steady or exploding. The two variances
 * get the significant digits whose quotient is the ratio shown (three significant digits).
 */
export function ratioTex(v: RatioValues): string {
  const L = v.layers;
  const n = digitsWhere((k) => rounded(rounded(v.last, k) / rounded(v.first, k), 3) === rounded(v.ratio, 3));
  const exact = relationAt(v.last, n) === '=' && relationAt(v.first, n) === '=';
  return (
    `\\frac{\\text{Var}(${sym('a', `a^{(${L})}`)})}{\\text{Var}(${sym('a', 'a^{(1)}')})} ${exact ? '=' : '\\approx'} ` +
    `\\frac{${sym('a', texSignificant(v.last, n))}}{${sym('a', texSignificant(v.first, n))}} ${relationAt(v.ratio)} ${sym('a', texSignificant(v.ratio))}`
  );
}
