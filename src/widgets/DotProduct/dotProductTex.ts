import { num, relation, signedSum, sym } from '../shared/liveTex';
import type { DotProductValues } from './dotProductMath';

const idx = [1, 2, 3] as const;

/** z = wᵀx + b in three stages: symbols, numbers substituted, products added up. */
export function dotProductTex(v: DotProductValues): string {
  const symbols = idx.map((i) => `${sym('w', `w_${i}`)}${sym('x', `x_${i}`)}`).join(' + ') + ` + ${sym('b', 'b')}`;
  const substituted =
    idx.map((i) => `${num('w', v.w[i - 1], { parens: true })} \\cdot ${num('x', v.x[i - 1], { parens: true })}`).join(' + ') +
    ` + ${num('b', v.b, { parens: true })}`;
  const products = signedSum([...v.products.map((value) => ({ value })), { value: v.b, term: 'b' }]);
  return (
    `\\begin{aligned} ${sym('z', 'z')} &= ${sym('w', 'w')}^\\top ${sym('x', 'x')} + ${sym('b', 'b')} \\\\ ` +
    `&= ${symbols} \\\\ &= ${substituted} \\\\ &= ${products} ${relation(v.z)} ${num('z', v.z)} \\end{aligned}`
  );
}

/** wᵀx as a row times a column: [w₁ w₂ w₃] · [x₁; x₂; x₃] = wᵀx. */
export function rowTimesColumnTex(v: DotProductValues): string {
  const row = v.w.map((w) => num('w', w)).join(' & ');
  const col = v.x.map((x) => num('x', x)).join(' \\\\ ');
  return `${sym('w', 'w')}^\\top ${sym('x', 'x')} = \\begin{bmatrix} ${row} \\end{bmatrix} \\begin{bmatrix} ${col} \\end{bmatrix} ${relation(v.wx)} ${num('z', v.wx)}`;
}
