import { texTerm } from '../../components/texTerms';
import { activationRelation, num, relation, signedSum, sym } from '../shared/liveTex';
import { activationTex as fname } from '../shared/activationNames';
import type { AnatomyState } from './params';
import type { AnatomyPart } from './pointing';

export interface AnatomyValues {
  x: readonly number[];
  w: readonly number[];
  b: number;
  act: AnatomyState['act'];
  z: number;
  a: number;
}

/** Wraps TeX in the class of a diagram part (nn-term-p1 …), underlined when highlighted. */
function part(name: AnatomyPart, tex: string, highlighted: AnatomyPart | null): string {
  return texTerm(name, tex, highlighted === name);
}

/**
 * z = w1x1 + w2x2 + w3x3 + b in three stages (symbols, numbers substituted, products summed).
 * Each product and the bias carry their part's class so the diagram and the equation can point
 * at each other.
 */
export function weightedSumTex(v: AnatomyValues, hl: AnatomyPart | null = null): string {
  const parts = ['p1', 'p2', 'p3'] as const;
  const symbols = parts
    .map((p, i) => part(p, `${sym('w', `w_${i + 1}`)}${sym('x', `x_${i + 1}`)}`, hl))
    .join(' + ');
  const substituted = parts
    .map((p, i) => part(p, `${num('w', v.w[i], { parens: true })} \\cdot ${num('x', v.x[i], { parens: true })}`, hl))
    .join(' + ');
  const products = signedSum([
    { value: v.w[0] * v.x[0] },
    { value: v.w[1] * v.x[1] },
    { value: v.w[2] * v.x[2] },
    { value: v.b, term: 'b' },
  ]);
  const z = part('pz', sym('z', 'z'), hl);
  return (
    `\\begin{aligned} ${z} &= ${symbols} + ${part('pb', sym('b', 'b'), hl)} \\\\ ` +
    `&= ${substituted} + ${part('pb', num('b', v.b, { parens: true }), hl)} \\\\ ` +
    `&= ${products} ${relation(v.z)} ${part('pz', num('z', v.z), hl)} \\end{aligned}`
  );
}

/** a = f(z) in three stages: the rule, z substituted, the value. */
export function activationTex(v: AnatomyValues, hl: AnatomyPart | null = null): string {
  const f = fname[v.act];
  const rule = part('pa', `${sym('a', 'a')} = f(${sym('z', 'z')}) = ${f}(${sym('z', 'z')})`, hl);
  return (
    `${rule} = ${f}(${part('pz', num('z', v.z), hl)}) ` +
    `${activationRelation(v.act, v.z, v.a)} ${part('pa', num('a', v.a), hl)}`
  );
}
