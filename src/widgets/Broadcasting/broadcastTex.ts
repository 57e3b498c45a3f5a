import { num, sym } from '../shared/liveTex';
import { bmatrix, rowHighlight } from '../LayerWithBias/matrixTex';
import { rowsOf, type BroadcastResult } from './broadcastMath';

const cells = (rows: number[][], term: string, highlight = false) =>
  bmatrix(rows.map((row, i) => row.map((v) => (highlight ? rowHighlight(i, num(term, v)) : num(term, v)))));

/** Z = XWᵀ + b in symbols, with the shapes, then the numbers: b is repeated on every row. */
export function broadcastTex(r: BroadcastResult, b: readonly number[]): { symbols: string; numbers: string } {
  const n = r.X.rows;
  const symbols =
    `\\begin{aligned} ${sym('z', '\\mathbf{Z}')} &= ${sym('x', '\\mathbf{X}')}${sym('w', '\\mathbf{W}^{\\top}')} + ${sym('b', '\\mathbf{b}')} \\\\ ` +
    `(${n} \\times 2) &= (${n} \\times 3) \\cdot (3 \\times 2) + (2) \\end{aligned}`;
  const bRows = Array.from({ length: n }, () => [...b]);
  const numbers = `${cells(rowsOf(r.XWt), 'w')} + ${cells(bRows, 'b')} = ${cells(rowsOf(r.Z), 'z', true)}`;
  return { symbols, numbers };
}

/** The inputs X and the transposed weights Wᵀ, shown as they enter the product. */
export function inputsTex(r: BroadcastResult): string {
  return `${sym('x', '\\mathbf{X}')} = ${cells(rowsOf(r.X), 'x', true)} \\quad ${sym('w', '\\mathbf{W}^{\\top}')} = ${cells(rowsOf(r.Wt), 'w')}`;
}
