import { num, relation, sym } from '../shared/liveTex';
import { texNumber } from '../../components/format';
import type { LossKind } from './lossMath';

export interface LossTexValues {
  a: number;
  y: number;
  L: number;
  loss: LossKind;
}

/** The loss in three stages: symbols, a and y substituted, the result. */
export function lossTex({ a, y, L, loss }: LossTexValues): string {
  const A = sym('a', 'a');
  const Y = sym('y', 'y');
  const aN = num('a', a);
  const yN = num('y', y);
  const result = `${relation(L)} ${texNumber(L)}`;
  if (loss === 'mse') {
    return `\\begin{aligned} L &= \\tfrac{1}{2}(${A} - ${Y})^2 \\\\ &= \\tfrac{1}{2}(${aN} - ${yN})^2 \\\\ &${result} \\end{aligned}`;
  }
  const oneMinusY = num('y', 1 - y);
  return (
    `\\begin{aligned} L &= -\\,${Y}\\ln ${A} - (1 - ${Y})\\ln(1 - ${A}) \\\\ ` +
    `&= -\\,${yN}\\ln ${aN} - ${oneMinusY}\\ln(1 - ${aN}) \\\\ &${result} \\end{aligned}`
  );
}

/** The forward pass that produces a: z = w1·2 + w2·3 + 0.1, a = σ(z). */
export function forwardTex(w1: number, w2: number, z: number, a: number): string {
  return (
    `\\begin{aligned} ${sym('z', 'z')} &= ${sym('w', 'w_1')}\\cdot 2 + ${sym('w', 'w_2')}\\cdot 3 + 0.1 \\\\ ` +
    `&= ${num('w', w1, { parens: true })}\\cdot 2 + ${num('w', w2, { parens: true })}\\cdot 3 + 0.1 \\\\ &${relation(z)} ${num('z', z)} \\\\ ` +
    `${sym('a', 'a')} &= \\sigma(${num('z', z)}) ${relation(a)} ${num('a', a)} \\end{aligned}`
  );
}
