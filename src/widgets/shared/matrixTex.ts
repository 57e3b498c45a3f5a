import { texTerm } from '../../components/texTerms';
import { num } from './liveTex';

/** A bmatrix from cells already written as TeX: rows joined by \\, cells by &. */
export function bmatrix(cells: readonly (readonly string[])[]): string {
  return `\\begin{bmatrix} ${cells.map((row) => row.join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
}

/** Wraps a cell in its neuron's row highlight (row 1 → nn-term-row1); rows beyond 4 repeat. */
export function rowHighlight(i: number, tex: string): string {
  return texTerm(`row${(i % 4) + 1}`, tex);
}

/** A column vector of coloured numbers, each row highlighted with its neuron when asked. */
export function columnTex(values: ArrayLike<number>, term: string, highlightRows = false): string {
  return bmatrix(Array.from(values, (v, i) => [highlightRows ? rowHighlight(i, num(term, v)) : num(term, v)]));
}
