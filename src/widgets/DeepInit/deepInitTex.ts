import { num, relation, sym } from '../shared/liveTex';

export interface GainValues {
  width: number;
  /** Var(w) = s² of the chosen scheme. */
  varW: number;
  act: 'tanh' | 'relu';
  /** n_in·Var(w), halved for ReLU. */
  gain: number;
}

/**
 * One layer's effect on the variance, in three stages:
 * Var(z) = n_in·Var(w)·Var(x) → numbers substituted → the factor per layer (× ½ for ReLU).
 */
export function gainTex(v: GainValues): string {
  const relu = v.act === 'relu';
  const half = relu ? ' \\cdot \\tfrac{1}{2}' : '';
  const symbols = `${sym('x', 'n_{\\text{in}}')} \\, ${sym('w', '\\text{Var}(w)')}${half}`;
  const numbers = `${num('x', v.width)} \\cdot ${num('w', v.varW, { digits: 4 })}${half}`;
  return (
    `\\begin{aligned} \\text{gain per layer} &= ${symbols} \\\\ &= ${numbers} \\\\ ` +
    `&${relation(v.gain)} ${num('z', v.gain)} \\end{aligned}`
  );
}

export interface RatioValues {
  layers: number;
  first: number;
  last: number;
  ratio: number;
}

/** Var(a_L) / Var(a_1): the number that decides vanishing, steady or exploding. */
export function ratioTex(v: RatioValues): string {
  const L = v.layers;
  return (
    `\\frac{\\text{Var}(${sym('a', `a_{${L}}`)})}{\\text{Var}(${sym('a', 'a_1')})} = ` +
    `\\frac{${num('a', v.last)}}{${num('a', v.first)}} ${relation(v.ratio)} ${num('a', v.ratio)}`
  );
}
