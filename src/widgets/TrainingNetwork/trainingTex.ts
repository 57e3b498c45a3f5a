import { ADAM_BETA1, ADAM_BETA2, MOMENTUM_BETA, type OptimizerName } from '../../core';
import { texNumber } from '../../components/format';
import { num, relation, sym } from '../shared/liveTex';

export interface LossTexValues {
  /** Training points. */
  n: number;
  /** Mean cross-entropy over them. */
  loss: number;
  l2: number;
  /** Σ w² over the weights. */
  squares: number;
  diverged: boolean;
}

/**
 * The mean binary cross-entropy plus the L2 penalty in three stages: the formula, N, λ and Σw²
 * substituted, its value (the data part plus the penalty).
 */
export function lossTex(v: LossTexValues): string {
  const term = `\\ell(${sym('z', 'z_i')}, ${sym('y', 'y_i')})`;
  const w2 = `${sym('w', 'w')}^2`;
  const penalty = 0.5 * v.l2 * v.squares;
  const total = v.loss + penalty;
  const result =
    v.n === 0 && !v.diverged
      ? `= \\text{no training points yet}`
      : v.diverged || !Number.isFinite(total)
        ? `= \\text{diverged}`
        : `${relation(v.loss)} ${num('a', v.loss)} + ${texNumber(penalty, 3)} ${relation(total)} ${texNumber(total, 3)}`;
  return (
    `\\begin{aligned} L &= \\frac{1}{N}\\sum_{i=1}^{N} ${term} + \\frac{\\lambda}{2}\\sum ${w2} \\\\ ` +
    `&= \\frac{1}{${v.n}}\\sum_{i=1}^{${v.n}} ${term} + \\frac{${texNumber(v.l2, 4)}}{2}\\cdot ${texNumber(v.squares, 3)} \\\\ &${result} \\end{aligned}`
  );
}

export interface StepTexValues {
  lr: number;
  batch: number;
  n: number;
  l2: number;
  opt: OptimizerName;
  /** Optimiser steps taken so far (Adam's bias corrections use t + 1, the next step's). */
  steps: number;
}

/** One step of the chosen optimiser on a mini-batch: the rule, then η, λ (and β) substituted. */
export function stepTex(v: StepTexValues): string {
  const w = sym('w', 'w');
  const g = `g`;
  const grad = `${g} = \\frac{\\partial L_B}{\\partial ${w}} + \\lambda ${w}`;
  const gN = `${g} = \\frac{\\partial L_B}{\\partial ${w}} + ${texNumber(v.l2, 4)}\\,${w}`;
  const eta = texNumber(v.lr, 4);
  if (v.opt === 'sgd') {
    return `\\begin{aligned} ${grad}, \\quad ${w} &\\leftarrow ${w} - \\eta\\,${g} \\\\ ${gN}, \\quad ${w} &\\leftarrow ${w} - ${eta}\\,${g} \\end{aligned}`;
  }
  if (v.opt === 'momentum') {
    return (
      `\\begin{aligned} ${grad}, \\quad v &\\leftarrow \\beta v + ${g}, \\quad ${w} \\leftarrow ${w} - \\eta\\, v \\\\ ` +
      `${gN}, \\quad v &\\leftarrow ${texNumber(MOMENTUM_BETA)}\\, v + ${g}, \\quad ${w} \\leftarrow ${w} - ${eta}\\, v \\end{aligned}`
    );
  }
  const t = v.steps + 1;
  const c1 = 1 - ADAM_BETA1 ** t, c2 = 1 - ADAM_BETA2 ** t;
  return (
    `\\begin{aligned} ${grad}, \\quad m &\\leftarrow \\beta_1 m + (1 - \\beta_1)\\,${g}, \\quad s \\leftarrow \\beta_2 s + (1 - \\beta_2)\\,${g}^2 \\\\ ` +
    `${w} &\\leftarrow ${w} - \\eta\\,\\frac{m / (1 - \\beta_1^{t})}{\\sqrt{s / (1 - \\beta_2^{t})} + \\varepsilon} \\\\ ` +
    `${gN}, \\quad m &\\leftarrow ${texNumber(ADAM_BETA1)}\\, m + ${texNumber(1 - ADAM_BETA1)}\\,${g}, \\quad s \\leftarrow ${texNumber(ADAM_BETA2)}\\, s + ${texNumber(1 - ADAM_BETA2, 3)}\\,${g}^2 \\\\ ` +
    `${w} &\\leftarrow ${w} - ${eta}\\,\\frac{m / ${texNumber(c1, 3)}}{\\sqrt{s / ${texNumber(c2, 3)}} + 10^{-8}} \\quad (t = ${t}) \\end{aligned}`
  );
}

/** Steps per epoch for a batch of B points out of N: ⌈N / B⌉ (the last batch may be smaller). */
export function stepsPerEpochTex(v: StepTexValues): string {
  const b = Math.max(1, Math.min(v.batch, Math.max(1, v.n)));
  const steps = Math.ceil(v.n / b);
  return `\\text{steps per epoch} = \\lceil ${v.n} / ${b} \\rceil = ${steps}`;
}
