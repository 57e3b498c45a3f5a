import { num, relation, sym } from '../shared/liveTex';
import { texNumber } from '../../components/format';
import { targetTex, type HiddenActivation, type TargetName, type Unit } from './nfMath';

const fname: Record<HiddenActivation, string> = { tanh: '\\tanh', relu: '\\operatorname{ReLU}', sigmoid: '\\sigma' };

/** The network as a sum of N pieces, symbols then N substituted. */
export function sumTex(n: number, act: HiddenActivation, c: number): string {
  const f = fname[act];
  return (
    `\\begin{aligned} y(x) &= \\sum_{j=1}^{${sym('x', 'N')}} ${sym('a', 'v_j')}\\, f(${sym('w', 'w_j')} x + ${sym('b', 'b_j')}) + c \\\\ ` +
    `&= \\sum_{j=1}^{${num('x', n)}} ${sym('a', 'v_j')}\\, ${f}(${sym('w', 'w_j')} x + ${sym('b', 'b_j')}) ${c < 0 ? '-' : '+'} ${texNumber(Math.abs(c))} \\end{aligned}`
  );
}

/** Unit j's own piece: symbols, its numbers, and where it bends, x = −b/w (one line each). */
export function unitTex(j: number, u: Unit, act: HiddenActivation): string {
  const f = fname[act];
  const bSign = u.b < 0 ? '-' : '+';
  const bend = u.w === 0 ? Number.NaN : -u.b / u.w;
  const bendTex = Number.isFinite(bend)
    ? `&\\text{bend at } x = -\\tfrac{${sym('b', `b_{${j}}`)}}{${sym('w', `w_{${j}}`)}} ${relation(bend)} ${texNumber(bend)}`
    : '&\\text{no bend: } w = 0';
  return (
    `\\begin{aligned} &${sym('a', `v_{${j}}`)}\\, ${f}(${sym('w', `w_{${j}}`)} x + ${sym('b', `b_{${j}}`)}) \\\\ ` +
    `&= ${num('a', u.v, { parens: true })} \\cdot ${f}(${num('w', u.w, { digits: 2 })}\\, x ${bSign} ${num('b', Math.abs(u.b), { digits: 2 })}) \\\\ ${bendTex} \\end{aligned}`
  );
}

/** The mean squared error over the M training points, then its value. */
export function mseTex(m: number, mse: number): string {
  return (
    `\\begin{aligned} \\text{MSE} &= \\frac{1}{${m}} \\sum_{i=1}^{${m}} \\bigl(y(x_i) - ${sym('y', 't(x_i)')}\\bigr)^2 \\\\ ` +
    `&${relation(mse, 4)} ${num('z', mse, { digits: 4 })} \\end{aligned}`
  );
}

/** The target curve. */
export function targetCurveTex(target: TargetName): string {
  return `${sym('y', 't(x)')} = ${targetTex[target]}`;
}
