import { num, relation, sym } from '../shared/liveTex';
import type { InitLabState } from './params';
import type { ShownDigits } from './shownDigits';

export interface InitLabValues extends InitLabState {
  variance: number;
  sigma: number;
  limit: number;
  digits: ShownDigits;
}

const NIN = 'n_{\\text{in}}';
const NOUT = 'n_{\\text{out}}';
const VAR = '\\operatorname{Var}(w)';

/** 2/(n_in + n_out) for Xavier, 2/n_in for He (6/… for the uniform half-width): symbols, then numbers. */
function fanFraction(s: InitLabValues, top: number): [string, string] {
  if (s.scheme === 'he') return [`\\frac{${top}}{${sym('x', NIN)}}`, `\\frac{${top}}{${num('x', s.nIn)}}`];
  return [`\\frac{${top}}{${sym('x', NIN)} + ${sym('a', NOUT)}}`, `\\frac{${top}}{${num('x', s.nIn)} + ${num('a', s.nOut)}}`];
}

/** Step 1: Var(w) = 2/(n_in + n_out) = 2/(3 + 2) = 0.4 (He: 2/n_in = 2/3 ≈ 0.667). */
export function varianceTex(v: InitLabValues): string {
  const [symbols, numbers] = fanFraction(v, 2);
  const d = v.digits.variance;
  return `\\begin{aligned} ${VAR} &= ${symbols} \\\\ &= ${numbers} \\\\ &${relation(v.variance, d)} ${num('w', v.variance, { digits: d })} \\end{aligned}`;
}

/** Step 2: σ = √Var(w) = √0.4 ≈ 0.632, the root of the variance as step 1 shows it. */
export function sigmaTex(v: InitLabValues): string {
  const { radicand: dv, sigma: ds } = v.digits;
  return (
    `\\begin{aligned} \\sigma &= \\sqrt{${VAR}} \\\\ &${relation(v.variance, dv)} \\sqrt{${num('w', v.variance, { digits: dv })}} \\\\ ` +
    `&${relation(v.sigma, ds)} ${num('w', v.sigma, { digits: ds })} \\end{aligned}`
  );
}

/** Step 3: the distribution each weight is drawn from, with its numbers. */
export function drawTex(v: InitLabValues): string {
  if (v.dist === 'normal') {
    return `\\begin{aligned} w &\\sim \\mathcal{N}(0,\\ \\sigma^2) \\\\ &${relation(v.sigma, v.digits.sigma)} \\mathcal{N}(0,\\ ${num('w', v.sigma, { digits: v.digits.sigma })}^2) \\end{aligned}`;
  }
  const [symbols, numbers] = fanFraction(v, 6);
  const d = v.digits.limit;
  return `\\begin{aligned} w &\\sim U(-r,\\ r) \\\\ r &= \\sqrt{${symbols}} \\\\ &= \\sqrt{${numbers}} \\\\ &${relation(v.limit, d)} ${num('w', v.limit, { digits: d })} \\end{aligned}`;
}
