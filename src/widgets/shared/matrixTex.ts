import { texTerm, type TermName } from '../../components/texTerms';
import type { Matrix } from '../../core';
import { num, relation } from './liveTex';

/** A bmatrix from cells already written as TeX: rows joined by \\, cells by &. */
export function bmatrix(cells: readonly (readonly string[])[]): string {
  return `\\begin{bmatrix} ${cells.map((row) => row.join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
}

/** Wraps a cell in its neuron's row highlight (row 1 → nn-term-row1); rows beyond 4 repeat. */
export function rowHighlight(i: number, tex: string): string {
  return texTerm(`row${(i % 4) + 1}`, tex);
}

export interface NumberMatrixOptions {
  /** Tint each row with its neuron's (or input's) highlight. */
  highlightRows?: boolean;
  /** Decimals shown (default 3). */
  digits?: number;
}

/** A matrix of coloured numbers, given by its rows. */
export function numberMatrix(rows: readonly ArrayLike<number>[], term: TermName, options: NumberMatrixOptions = {}): string {
  const cell = (v: number, i: number) => {
    const tex = num(term, v, { digits: options.digits });
    return options.highlightRows ? rowHighlight(i, tex) : tex;
  };
  return bmatrix(rows.map((row, i) => Array.from(row, (v) => cell(v, i))));
}

/** A column vector of coloured numbers. */
export function columnTex(values: ArrayLike<number>, term: TermName, options: NumberMatrixOptions = {}): string {
  return numberMatrix(Array.from(values, (v) => [v]), term, options);
}

/** The rows of a core matrix (row-major data), for numberMatrix. */
export function matrixRows(M: Matrix): Float64Array[] {
  return Array.from({ length: M.rows }, (_, i) => M.data.subarray(i * M.cols, (i + 1) * M.cols));
}

/** "=" when every number shows exactly at `digits` decimals, "≈" when any is rounded. */
export function relationOfAll(values: Iterable<number>, digits = 3): string {
  for (const x of values) if (relation(x, digits) !== '=') return '\\approx';
  return '=';
}
