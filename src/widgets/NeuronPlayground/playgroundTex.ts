import { activationRelation, num, relation, signedSum, sym } from '../shared/liveTex';
import { activationTex } from '../shared/activationNames';
import type { PlaygroundState } from './params';

export interface PlaygroundValues extends PlaygroundState {
  z: number;
  a: number;
}

/** z = w·x + b in three stages. */
export function zTex(v: PlaygroundValues): string {
  return (
    `\\begin{aligned} ${sym('z', 'z')} &= ${sym('w', 'w')} \\cdot ${sym('x', 'x')} + ${sym('b', 'b')} \\\\ ` +
    `&= ${num('w', v.w, { parens: true })} \\cdot ${num('x', v.x, { parens: true })} + ${num('b', v.b, { parens: true })} \\\\ ` +
    `&= ${signedSum([{ value: v.w * v.x }, { value: v.b, term: 'b' }])} ${relation(v.z)} ${num('z', v.z)} \\end{aligned}`
  );
}

/** a = f(z) = f(w·x + b) in three stages. */
export function aTex(v: PlaygroundValues): string {
  const f = activationTex[v.act];
  return (
    `\\begin{aligned} ${sym('a', 'a')} &= f(${sym('z', 'z')}) = ${f}(${sym('w', 'w')} \\cdot ${sym('x', 'x')} + ${sym('b', 'b')}) \\\\ ` +
    `&= ${f}(${num('z', v.z)}) ${activationRelation(v.act, v.z, v.a)} ${num('a', v.a)} \\end{aligned}`
  );
}
