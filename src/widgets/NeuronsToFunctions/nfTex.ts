import type { FitActivation, FitTarget, FitUnit } from '../../core';
import { texNumber } from '../../components/format';
import type { TermName } from '../../components/texTerms';
import { activationTex } from '../shared/activationNames';
import { num, relation, signedSum, sym } from '../shared/liveTex';

const targetTex: Record<FitTarget, string> = {
  sine: '\\sin x',
  step: '\\begin{cases} 0 & x < 0 \\\\ 1 & x \\ge 0 \\end{cases}',
  abs: '|x| / 3',
  bump: 'e^{-2x^2}',
};

/** "+ 0.71" or "− 0.71" after another term: signedSum's rule (the sign joins the operator). */
const thenSigned = (value: number, digits: number, term?: TermName) => signedSum([{ value: 0 }, { value, term }], digits).slice(1);

/** The network as a sum of n pieces, symbols then n and c substituted. */
export function sumTex(n: number, act: FitActivation, c: number): string {
  const piece = (f: string) => `${sym('a', 'v_j')}\\, ${f}(${sym('w', 'w_j')} x + ${sym('b', 'b_j')})`;
  return (
    `\\begin{aligned} y(x) &= \\sum_{j=1}^{${sym('x', 'n')}} ${piece('f')} + c \\\\ ` +
    `&${relation(c)} \\sum_{j=1}^{${num('x', n)}} ${piece(activationTex[act])}${thenSigned(c, 3)} \\end{aligned}`
  );
}

/** Unit j's own piece: symbols, its numbers, and where it bends, x = −b/w (one line each). */
export function unitTex(j: number, u: FitUnit, act: FitActivation): string {
  const f = activationTex[act];
  const bend = u.w === 0 ? Number.NaN : -u.b / u.w;
  const rounded = [relation(u.v, 2), relation(u.w, 2), relation(u.b, 2)].includes('\\approx');
  const bendTex = Number.isFinite(bend)
    ? `&\\text{bend at } x = -\\tfrac{${sym('b', `b_{${j}}`)}}{${sym('w', `w_{${j}}`)}} ${relation(bend)} ${texNumber(bend)}`
    : '&\\text{no bend: } w = 0';
  return (
    `\\begin{aligned} &${sym('a', `v_{${j}}`)}\\, ${f}(${sym('w', `w_{${j}}`)} x + ${sym('b', `b_{${j}}`)}) \\\\ ` +
    `&${rounded ? '\\approx' : '='} ${num('a', u.v, { parens: true, digits: 2 })} \\cdot ${f}(${num('w', u.w, { digits: 2 })}\\, x${thenSigned(u.b, 2, 'b')}) \\\\ ${bendTex} \\end{aligned}`
  );
}

/** The mean squared error over the M training points, then its value. */
export function mseTex(m: number, mse: number): string {
  const value = Number.isFinite(mse) ? `${relation(mse, 4)} ${num('z', mse, { digits: 4 })}` : '= \\text{diverged}';
  return (
    `\\begin{aligned} \\text{MSE} &= \\frac{1}{${m}} \\sum_{i=1}^{${m}} \\bigl(y(x_i) - ${sym('y', 't(x_i)')}\\bigr)^2 \\\\ ` +
    `&${value} \\end{aligned}`
  );
}

/** The target curve. */
export function targetCurveTex(target: FitTarget): string {
  return `${sym('y', 't(x)')} = ${targetTex[target]}`;
}
