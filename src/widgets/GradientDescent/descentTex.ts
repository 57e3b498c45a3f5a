import { num, relation, sym } from '../shared/liveTex';
import { texNumber } from '../../components/format';
import { BOWL, CRITICAL_ETA } from './descentMath';

/** L at the current weights: symbols, numbers substituted, result. */
export function bowlTex(w1: number, w2: number, L: number): string {
  return (
    `\\begin{aligned} L &= \\tfrac{1}{2}(${sym('w', 'w_1')}^2 + ${BOWL.q}${sym('w', 'w_2')}^2) \\\\ ` +
    `&= \\tfrac{1}{2}(${num('w', w1, { parens: true })}^2 + ${BOWL.q}\\cdot ${num('w', w2, { parens: true })}^2) \\\\ ` +
    `&${relation(L)} ${texNumber(L)} \\end{aligned}`
  );
}

/** The next step for both weights: w ← w − η·∂L/∂w with the numbers substituted. */
export function updateTex(w1: number, w2: number, eta: number): string {
  const n1 = w1 - eta * BOWL.p * w1;
  const n2 = w2 - eta * BOWL.q * w2;
  const e = sym('eta', '\\eta');
  const eN = num('eta', eta);
  const W1 = num('w', w1, { parens: true });
  const W2 = num('w', w2, { parens: true });
  const W1s = sym('w', 'w_1');
  const W2s = sym('w', 'w_2');
  return (
    `\\begin{aligned} ${W1s} &\\leftarrow ${W1s} - ${e}\\,\\tfrac{\\partial L}{\\partial w_1} = ${W1s} - ${e}\\,${W1s} \\\\ ` +
    `&= ${W1} - ${eN}\\cdot ${W1} ${relation(n1)} ${num('w', n1)} \\\\[0.4em] ` +
    `${W2s} &\\leftarrow ${W2s} - ${e}\\,\\tfrac{\\partial L}{\\partial w_2} = ${W2s} - ${BOWL.q}${e}\\,${W2s} \\\\ ` +
    `&= ${W2} - ${BOWL.q}\\cdot ${eN}\\cdot ${W2} \\\\ &${relation(n2)} ${num('w', n2)} \\end{aligned}`
  );
}

/** Whether η is below 2 / max(p, q) = 0.4. */
export function conditionTex(eta: number): string {
  const cmp = eta < CRITICAL_ETA ? '<' : eta > CRITICAL_ETA ? '>' : '=';
  const verdict = eta < CRITICAL_ETA ? '\\text{converges}' : eta > CRITICAL_ETA ? '\\text{diverges}' : '\\text{oscillates forever}';
  return `${sym('eta', '\\eta')} = ${num('eta', eta, { digits: 4 })} ${cmp} \\tfrac{2}{${BOWL.q}} = ${texNumber(CRITICAL_ETA)} \\;\\Rightarrow\\; ${verdict}`;
}
