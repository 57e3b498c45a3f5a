import { texNumber } from '../../components/format';
import { num, relation, sym } from '../shared/liveTex';
import type { Normalisation } from './params';
import { normalise } from './pixelsMath';

/** The normalisation of the pixel under the cursor (row r, column c): symbols, its value, the result. */
export function normTex(raw: number, norm: Normalisation, row: number, col: number): string {
  const at = `_{${row},${col}}`;
  const x = sym('x', `x${at}`);
  const v = num('x', raw);
  const out = normalise(raw, norm);
  const result = `${relation(out)} ${num('a', out)}`;
  if (norm === 'raw') return `x'${at} = ${x} = ${v}`;
  if (norm === 'unit') return `x'${at} = \\frac{${x}}{255} = \\frac{${v}}{255} ${result}`;
  return `x'${at} = \\frac{${x}}{127.5} - 1 = \\frac{${v}}{127.5} - 1 ${result}`;
}

/** The flattening: 28 × 28 × 1 = 784. */
export function shapeTex(): string {
  return `\\text{H} \\times \\text{W} \\times \\text{C} = 28 \\times 28 \\times 1 = ${texNumber(784)}`;
}
