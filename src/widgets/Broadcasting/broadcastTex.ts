import { num, sym } from '../shared/liveTex';
import { bmatrix, rowHighlight } from '../shared/matrixTex';
import { rowsOf, type BroadcastResult } from './broadcastMath';

const cells = (rows: number[][], term: string, highlight = false) =>
  bmatrix(rows.map((row, i) => row.map((v) => (highlight ? rowHighlight(i, num(term, v)) : num(term, v)))));

/** Z = XWᵀ + b in symbols, with the shapes written under it. */
export function symbolsTex(n: number): string {
  return (
    `\\begin{aligned} ${sym('z', '\\mathbf{Z}')} &= ${sym('x', '\\mathbf{X}')}${sym('w', '\\mathbf{W}^{\\top}')} + ${sym('b', '\\mathbf{b}')} \\\\ ` +
    `(${n} \\times 2) &= (${n} \\times 3) \\cdot (3 \\times 2) + (2) \\end{aligned}`
  );
}

/**
 * The numbers in two steps: X times Wᵀ, then b repeated on every row (broadcast) and added.
 * Row i of X, of XWᵀ and of Z share input i's tint.
 */
export function numbersTex(r: BroadcastResult, b: readonly number[]): { product: string; sum: string } {
  const n = r.X.rows;
  const bRows = Array.from({ length: n }, () => [...b]);
  const xw = `${sym('x', '\\mathbf{X}')}${sym('w', '\\mathbf{W}^{\\top}')}`;
  const X = cells(rowsOf(r.X), 'x', true);
  const XWt = cells(rowsOf(r.XWt), 'w', true);
  const product = `\\begin{aligned} ${xw} &= ${X} ${cells(rowsOf(r.Wt), 'w')} \\\\ &= ${XWt} \\end{aligned}`;
  const sum = `\\begin{aligned} ${sym('z', '\\mathbf{Z}')} &= ${XWt} + ${cells(bRows, 'b')} \\\\ &= ${cells(rowsOf(r.Z), 'z', true)} \\end{aligned}`;
  // Two pieces: moving b re-typesets only the second; the first comes from LiveMath's cache.
  return { product, sum };
}
