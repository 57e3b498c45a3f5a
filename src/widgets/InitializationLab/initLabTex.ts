import { num, relation, sym } from '../shared/liveTex';
import type { InitLabState } from './initLabState';

const NIN = 'n_{\\text{in}}';
const NOUT = 'n_{\\text{out}}';
const VAR = '\\operatorname{Var}(w)';

/** Step 1: Var(w) = 2/(n_in + n_out) = 2/(3 + 2) = 0.4 (He: 2/n_in = 2/3 ≈ 0.667). */
export function varianceTex(s: Pick<InitLabState, 'scheme' | 'nIn' | 'nOut'>, v: number): string {
  const nIn = sym('x', NIN);
  const nOut = sym('a', NOUT);
  const symbols = s.scheme === 'xavier' ? `\\frac{2}{${nIn} + ${nOut}}` : `\\frac{2}{${nIn}}`;
  const numbers = s.scheme === 'xavier' ? `\\frac{2}{${num('x', s.nIn)} + ${num('a', s.nOut)}}` : `\\frac{2}{${num('x', s.nIn)}}`;
  return `\\begin{aligned} ${VAR} &= ${symbols} \\\\ &= ${numbers} \\\\ &${relation(v)} ${num('w', v)} \\end{aligned}`;
}

/** Step 2: σ = √Var(w) = √0.4 ≈ 0.632. */
export function sigmaTex(v: number, sigma: number): string {
  return `\\begin{aligned} \\sigma &= \\sqrt{${VAR}} \\\\ &= \\sqrt{${num('w', v)}} \\\\ &${relation(sigma)} ${num('w', sigma)} \\end{aligned}`;
}

/** Step 3: the distribution each weight is drawn from, with its numbers. */
export function drawTex(s: Pick<InitLabState, 'scheme' | 'dist' | 'nIn' | 'nOut'>, sigma: number, limit: number): string {
  if (s.dist === 'normal') {
    return `\\begin{aligned} w &\\sim \\mathcal{N}(0,\\ \\sigma^2) \\\\ &= \\mathcal{N}(0,\\ ${num('w', sigma)}^2) \\end{aligned}`;
  }
  const nIn = sym('x', NIN);
  const nOut = sym('a', NOUT);
  const symbols = s.scheme === 'xavier' ? `\\sqrt{\\frac{6}{${nIn} + ${nOut}}}` : `\\sqrt{\\frac{6}{${nIn}}}`;
  const numbers = s.scheme === 'xavier' ? `\\sqrt{\\frac{6}{${num('x', s.nIn)} + ${num('a', s.nOut)}}}` : `\\sqrt{\\frac{6}{${num('x', s.nIn)}}}`;
  return `\\begin{aligned} w &\\sim U(-L,\\ L) \\\\ L &= ${symbols} \\\\ &= ${numbers} \\\\ &${relation(limit)} ${num('w', limit)} \\end{aligned}`;
}
