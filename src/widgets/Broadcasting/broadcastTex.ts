import { sym } from '../shared/liveTex';
import { matrixRows, numberMatrix, relationOfAll } from '../shared/matrixTex';
import type { BroadcastValues } from './broadcastMath';

/** An input (1 decimal) times a weight (3 decimals) has 4: XWᵀ shown in full, the sums add up. */
const PRODUCT_DIGITS = 4;

/** Z = XWᵀ + b in symbols, with the shapes written under it. */
export function symbolsTex(n: number): string {
  return (
    `\\begin{aligned} ${sym('z', '\\mathbf{Z}')} &= ${sym('x', '\\mathbf{X}')}${sym('w', '\\mathbf{W}^{\\top}')} + ${sym('b', '\\mathbf{b}')} \\\\ ` +
    `(${n} \\times 2) &= (${n} \\times 3) \\cdot (3 \\times 2) + (2) \\end{aligned}`
  );
}

/**
 * The numbers in two steps: X times Wᵀ, then b repeated on every row (broadcast) and added.
 * Row i of X, of XWᵀ and of Z share input i's tint. Two pieces: moving b re-typesets only the
 * second; the first keeps its digits.
 */
export function numbersTex(v: BroadcastValues): { product: string; sum: string } {
  const tinted = { highlightRows: true };
  const XWt = numberMatrix(matrixRows(v.XWt), 'w', { ...tinted, digits: PRODUCT_DIGITS });
  const xw = `${sym('x', '\\mathbf{X}')}${sym('w', '\\mathbf{W}^{\\top}')}`;
  const shownXWt = relationOfAll(v.XWt.data, PRODUCT_DIGITS);
  const product = `\\begin{aligned} ${xw} &= ${numberMatrix(matrixRows(v.X), 'x', tinted)} ${numberMatrix(matrixRows(v.Wt), 'w')} \\\\ &${shownXWt} ${XWt} \\end{aligned}`;
  const bRows = Array.from({ length: v.batch }, () => v.b);
  const sum =
    `\\begin{aligned} ${sym('z', '\\mathbf{Z}')} &${shownXWt === '=' ? relationOfAll(v.b) : shownXWt} ${XWt} + ${numberMatrix(bRows, 'b')} \\\\ ` +
    `&${relationOfAll(v.Z.data)} ${numberMatrix(matrixRows(v.Z), 'z', tinted)} \\end{aligned}`;
  return { product, sum };
}
