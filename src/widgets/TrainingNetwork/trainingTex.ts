import { texNumber } from '../../components/format';
import { num, relation, sym } from '../shared/liveTex';

export interface LossTexValues {
  n: number;
  loss: number;
  diverged: boolean;
}

/** The mean binary cross-entropy in three stages: the formula, N substituted, its current value. */
export function lossTex(v: LossTexValues): string {
  const term = `\\ell(${sym('z', 'z_i')}, ${sym('y', 'y_i')})`;
  const result = v.diverged || !Number.isFinite(v.loss) ? `= \\text{diverged}` : `${relation(v.loss)} ${num('a', v.loss)}`;
  return (
    `\\begin{aligned} L &= \\frac{1}{N}\\sum_{i=1}^{N} ${term} \\\\ ` +
    `&= \\frac{1}{${v.n}}\\sum_{i=1}^{${v.n}} ${term} \\\\ &${result} \\end{aligned}`
  );
}

export interface StepTexValues {
  lr: number;
  batch: number;
  n: number;
}

/** One gradient-descent step on a mini-batch: the rule, then η substituted. */
export function stepTex(v: StepTexValues): string {
  const w = sym('w', 'w');
  const grad = `\\frac{\\partial L_B}{\\partial ${w}}`;
  return (
    `\\begin{aligned} ${w} &\\leftarrow ${w} - \\eta\\,${grad} \\\\ ` +
    `&= ${w} - ${texNumber(v.lr, 4)}\\cdot ${grad} \\end{aligned}`
  );
}

/** Steps per epoch for a batch of B points out of N: ⌈N / B⌉ (the last batch may be smaller). */
export function stepsPerEpochTex(v: StepTexValues): string {
  const steps = Math.ceil(v.n / Math.max(1, v.batch));
  return `\\text{steps per epoch} = \\lceil ${v.n} / ${v.batch} \\rceil = ${steps}`;
}
