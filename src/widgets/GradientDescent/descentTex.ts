import { ADAM_BETA1, ADAM_BETA2, BOWL, CRITICAL_ETA, MOMENTUM_BETA, SURFACES, bowlGradient, decimalsToReproduce, updateVector, type OptimizerName, type SurfaceName } from '../../core';
import { texNumber } from '../../components/format';
import { relation, sym } from '../shared/liveTex';
import { numTex, read } from '../shared/shownNumbers';
import { texTerm, type TermName } from '../../components/texTerms';

export interface DescentValues {
  /** The current point, its loss, and the learning rate. */
  w1: number;
  w2: number;
  L: number;
  eta: number;
  surface?: SurfaceName;
  opt?: OptimizerName;
  /** The optimiser's memory after the steps taken (momentum's velocity in m; Adam's m and s), and how many. */
  memory?: { m: [number, number]; s: [number, number] };
  t?: number;
}

/** Momentum converges on a quadratic of curvature q while η < 2(1 + β) / q. */
export const MOMENTUM_CRITICAL_ETA = (2 * (1 + MOMENTUM_BETA)) / BOWL.q;

const shown = (term: TermName, x: number, digits: number, parens = false) =>
  texTerm(term, parens && x < 0 ? `(${numTex(x, digits)})` : numTex(x, digits));

/** The next point of plain descent: w1 ← w1 − η·p·w1, w2 ← w2 − η·q·w2 (the bowl's p unless given). */
const next = ([w1, w2, eta]: readonly number[], p: number = BOWL.p) => [w1 - eta * p * w1, w2 - eta * BOWL.q * w2];

/**
 * Decimals of w1, w2 and η such that the loss and the next step worked from the shown numbers
 * give the numbers shown after them (η from the log slider is 10^p, rarely a short decimal).
 */
export const descentDecimals = (v: DescentValues) => {
  const p = SURFACES[v.surface ?? 'bowl'].p;
  return decimalsToReproduce(
    [v.w1, v.w2, v.eta],
    [
      { combine: ([w1, w2]) => 0.5 * (p * w1 * w1 + BOWL.q * w2 * w2), decimals: 3 },
      { combine: (xs) => next(xs, p)[0], decimals: 3 },
      { combine: (xs) => next(xs, p)[1], decimals: 3 },
    ],
    read,
  );
};

/** "=" where the shown number is the value, "≈" where it is rounded (always, in m×10^e). */
const result = (term: TermName | null, x: number) =>
  `${x !== 0 && Math.abs(x) < 1e-6 ? '\\approx' : relation(x)} ${term ? shown(term, x, 3) : numTex(x, 3)}`;

/** L at the current weights: symbols, numbers substituted, result. */
export function bowlTex(v: DescentValues, digits: number): string {
  const p = SURFACES[v.surface ?? 'bowl'].p;
  const pTex = p === 1 ? '' : `${texNumber(p)}`;
  const pDot = p === 1 ? '' : `${texNumber(p)}\\cdot `;
  return (
    `\\begin{aligned} L &= \\tfrac{1}{2}(${pTex}${sym('w', 'w_1')}^2 + ${BOWL.q}${sym('w', 'w_2')}^2) \\\\ ` +
    `&= \\tfrac{1}{2}(${pDot}${shown('w', v.w1, digits, true)}^2 + ${BOWL.q}\\cdot ${shown('w', v.w2, digits, true)}^2) \\\\ ` +
    `&${result(null, v.L)} \\end{aligned}`
  );
}

/** The next step for both weights: w ← w − η·∂L/∂w with the numbers substituted. */
export function updateTex(v: DescentValues, digits: number): string {
  if (v.opt === 'momentum' || v.opt === 'adam') return memoryUpdateTex(v, v.opt);
  const p = SURFACES[v.surface ?? 'bowl'].p;
  const [n1, n2] = next([v.w1, v.w2, v.eta], p);
  const e = sym('eta', '\\eta');
  const eN = shown('eta', v.eta, digits);
  const W1 = shown('w', v.w1, digits, true);
  const W2 = shown('w', v.w2, digits, true);
  const W1s = sym('w', 'w_1');
  const W2s = sym('w', 'w_2');
  return (
    `\\begin{aligned} ${W1s} &\\leftarrow ${W1s} - ${e}\\,\\tfrac{\\partial L}{\\partial w_1} = ${W1s} - ${p === 1 ? '' : texNumber(p)}${e}\\,${W1s} \\\\ ` +
    `&= ${W1} - ${p === 1 ? '' : `${texNumber(p)}\\cdot `}${eN}\\cdot ${W1} ${result('w', n1)} \\\\[0.4em] ` +
    `${W2s} &\\leftarrow ${W2s} - ${e}\\,\\tfrac{\\partial L}{\\partial w_2} = ${W2s} - ${BOWL.q}${e}\\,${W2s} \\\\ ` +
    `&= ${W2} - ${BOWL.q}\\cdot ${eN}\\cdot ${W2} \\\\ &${result('w', n2)} \\end{aligned}`
  );
}

const pair = (a: number, b: number) => `(${numTex(a, 3)},\\ ${numTex(b, 3)})`;

/**
 * The next step of momentum or Adam for both weights at once, as vectors: the rule with its
 * constants, the memory and gradient now, and what the step makes of them.
 */
function memoryUpdateTex(v: DescentValues, opt: 'momentum' | 'adam'): string {
  const surface = v.surface ?? 'bowl';
  const w = Float64Array.of(v.w1, v.w2), g = Float64Array.from(bowlGradient(v.w1, v.w2, surface));
  const m = Float64Array.from(v.memory?.m ?? [0, 0]), s = Float64Array.from(v.memory?.s ?? [0, 0]);
  const t = (v.t ?? 0) + 1;
  const m0 = [m[0], m[1]];
  updateVector(w, g, m, s, t, opt, v.eta, 0);
  const e = sym('eta', '\\eta');
  const W = sym('w', '\\mathbf{w}');
  const eN = shown('eta', v.eta, 4);
  if (opt === 'momentum') {
    return (
      `\\begin{aligned} \\mathbf{v} &\\leftarrow \\beta\\,\\mathbf{v} + \\nabla L = ${texNumber(MOMENTUM_BETA)}\\cdot ${pair(m0[0], m0[1])} + ${pair(g[0], g[1])} \\approx ${pair(m[0], m[1])} \\\\ ` +
      `${W} &\\leftarrow ${W} - ${e}\\,\\mathbf{v} = ${pair(v.w1, v.w2)} - ${eN}\\cdot ${pair(m[0], m[1])} \\approx ${pair(w[0], w[1])} \\end{aligned}`
    );
  }
  return (
    `\\begin{aligned} \\mathbf{m} &\\leftarrow ${texNumber(ADAM_BETA1)}\\,\\mathbf{m} + ${texNumber(1 - ADAM_BETA1)}\\,\\nabla L \\approx ${pair(m[0], m[1])} \\\\ ` +
    `\\mathbf{s} &\\leftarrow ${texNumber(ADAM_BETA2)}\\,\\mathbf{s} + ${texNumber(1 - ADAM_BETA2, 3)}\\,(\\nabla L)^2 \\approx ${pair(s[0], s[1])} \\\\ ` +
    `${W} &\\leftarrow ${W} - ${eN}\\,\\frac{\\mathbf{m} / (1 - ${texNumber(ADAM_BETA1)}^{${t}})}{\\sqrt{\\mathbf{s} / (1 - ${texNumber(ADAM_BETA2)}^{${t}})} + \\varepsilon} \\approx ${pair(w[0], w[1])} \\end{aligned}`
  );
}

/** Whether η is below 2 / max(p, q) = 0.4 (for momentum 2(1 + β)/q = 0.76; Adam's steps are about η long). */
export function conditionTex(eta: number, digits: number, opt: OptimizerName = 'sgd'): string {
  if (opt === 'adam') {
    return `\\text{Adam: each step moves each weight by at most about } ${sym('eta', '\\eta')} = ${shown('eta', eta, digits)}`;
  }
  if (opt === 'momentum') {
    const c = MOMENTUM_CRITICAL_ETA;
    const cmp = eta < c ? '<' : eta > c ? '>' : '=';
    const verdict = eta < c ? '\\text{converges}' : eta > c ? '\\text{diverges}' : '\\text{oscillates forever}';
    return `${sym('eta', '\\eta')} ${relation(eta, digits)} ${shown('eta', eta, digits)} ${cmp} \\tfrac{2(1 + ${texNumber(MOMENTUM_BETA)})}{${BOWL.q}} = ${texNumber(c)} \\;\\Rightarrow\\; ${verdict}`;
  }
  const cmp = eta < CRITICAL_ETA ? '<' : eta > CRITICAL_ETA ? '>' : '=';
  const verdict = eta < CRITICAL_ETA ? '\\text{converges}' : eta > CRITICAL_ETA ? '\\text{diverges}' : '\\text{oscillates forever}';
  return `${sym('eta', '\\eta')} ${relation(eta, digits)} ${shown('eta', eta, digits)} ${cmp} \\tfrac{2}{${BOWL.q}} = ${texNumber(CRITICAL_ETA)} \\;\\Rightarrow\\; ${verdict}`;
}
