import { BOWL, CRITICAL_ETA, decimalsToReproduce } from '../../core';
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
}

const shown = (term: TermName, x: number, digits: number, parens = false) =>
  texTerm(term, parens && x < 0 ? `(${numTex(x, digits)})` : numTex(x, digits));

/** The next point: w1 ← w1 − η·p·w1, w2 ← w2 − η·q·w2. */
const next = ([w1, w2, eta]: readonly number[]) => [w1 - eta * BOWL.p * w1, w2 - eta * BOWL.q * w2];

/**
 * Decimals of w1, w2 and η such that the loss and the next step worked from the shown numbers
 * give the numbers shown after them (η from the log slider is 10^p, rarely a short decimal).
 */
export const descentDecimals = (v: DescentValues) =>
  decimalsToReproduce(
    [v.w1, v.w2, v.eta],
    [
      { combine: ([w1, w2]) => 0.5 * (BOWL.p * w1 * w1 + BOWL.q * w2 * w2), decimals: 3 },
      { combine: (xs) => next(xs)[0], decimals: 3 },
      { combine: (xs) => next(xs)[1], decimals: 3 },
    ],
    read,
  );

/** "=" where the shown number is the value, "≈" where it is rounded (always, in m×10^e). */
const result = (term: TermName | null, x: number) =>
  `${x !== 0 && Math.abs(x) < 1e-6 ? '\\approx' : relation(x)} ${term ? shown(term, x, 3) : numTex(x, 3)}`;

/** L at the current weights: symbols, numbers substituted, result. */
export function bowlTex(v: DescentValues, digits: number): string {
  return (
    `\\begin{aligned} L &= \\tfrac{1}{2}(${sym('w', 'w_1')}^2 + ${BOWL.q}${sym('w', 'w_2')}^2) \\\\ ` +
    `&= \\tfrac{1}{2}(${shown('w', v.w1, digits, true)}^2 + ${BOWL.q}\\cdot ${shown('w', v.w2, digits, true)}^2) \\\\ ` +
    `&${result(null, v.L)} \\end{aligned}`
  );
}

/** The next step for both weights: w ← w − η·∂L/∂w with the numbers substituted. */
export function updateTex(v: DescentValues, digits: number): string {
  const [n1, n2] = next([v.w1, v.w2, v.eta]);
  const e = sym('eta', '\\eta');
  const eN = shown('eta', v.eta, digits);
  const W1 = shown('w', v.w1, digits, true);
  const W2 = shown('w', v.w2, digits, true);
  const W1s = sym('w', 'w_1');
  const W2s = sym('w', 'w_2');
  return (
    `\\begin{aligned} ${W1s} &\\leftarrow ${W1s} - ${e}\\,\\tfrac{\\partial L}{\\partial w_1} = ${W1s} - ${e}\\,${W1s} \\\\ ` +
    `&= ${W1} - ${eN}\\cdot ${W1} ${result('w', n1)} \\\\[0.4em] ` +
    `${W2s} &\\leftarrow ${W2s} - ${e}\\,\\tfrac{\\partial L}{\\partial w_2} = ${W2s} - ${BOWL.q}${e}\\,${W2s} \\\\ ` +
    `&= ${W2} - ${BOWL.q}\\cdot ${eN}\\cdot ${W2} \\\\ &${result('w', n2)} \\end{aligned}`
  );
}

/** Whether η is below 2 / max(p, q) = 0.4. */
export function conditionTex(eta: number, digits: number): string {
  const cmp = eta < CRITICAL_ETA ? '<' : eta > CRITICAL_ETA ? '>' : '=';
  const verdict = eta < CRITICAL_ETA ? '\\text{converges}' : eta > CRITICAL_ETA ? '\\text{diverges}' : '\\text{oscillates forever}';
  return `${sym('eta', '\\eta')} ${relation(eta, digits)} ${shown('eta', eta, digits)} ${cmp} \\tfrac{2}{${BOWL.q}} = ${texNumber(CRITICAL_ETA)} \\;\\Rightarrow\\; ${verdict}`;
}
