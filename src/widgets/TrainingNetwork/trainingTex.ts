import { texNumber } from '../../components/format';
import { num, relation, sym } from '../shared/liveTex';

export interface LossTexValues {
  n: number;
  loss: number;
  diverged: boolean;
}

/** The mean binary cross-entropy in three stages: the formula, N substituted, its current value. */
export function lossTex(v: LossTexValues): string {
  const yi = sym('y', 'y_i');
  const p = `\\sigma(${sym('z', 'z_i')})`;
  const formula = `-\\frac{1}{N}\\sum_{i=1}^{N}\\Big[${yi}\\ln ${p} + (1-${yi})\\ln\\big(1-${p}\\big)\\Big]`;
  const substituted = `-\\frac{1}{${v.n}}\\sum_{i=1}^{${v.n}}\\Big[\\dots\\Big]`;
  const result = v.diverged || !Number.isFinite(v.loss) ? `= \\text{diverged}` : `${relation(v.loss)} ${num('a', v.loss)}`;
  return `\\begin{aligned} L &= ${formula} \\\\ &= ${substituted} \\\\ &${result} \\end{aligned}`;
}

export interface StepTexValues {
  lr: number;
  batch: number;
  n: number;
}

/** One gradient-descent step on a mini-batch, with η and B substituted, and the steps per epoch. */
export function stepTex(v: StepTexValues): string {
  const w = sym('w', 'w');
  const grad = `\\frac{\\partial L_B}{\\partial ${w}}`;
  const steps = Math.ceil(v.n / Math.max(1, v.batch));
  return (
    `\\begin{aligned} ${w} &\\leftarrow ${w} - \\eta\\,${grad} \\\\ ` +
    `&= ${w} - ${texNumber(v.lr, 4)}\\cdot ${grad}, \\quad B = ${v.batch} \\\\ ` +
    `\\text{steps per epoch} &= \\lceil ${v.n} / ${v.batch} \\rceil = ${steps} \\end{aligned}`
  );
}
