import { addBiasRows, matMul, matrix, transpose, type Matrix } from '../../core';
import { exampleLayer } from '../../core';
import { BATCH_ROWS } from './broadcastState';

export interface BroadcastResult {
  X: Matrix;
  Wt: Matrix;
  XWt: Matrix;
  Z: Matrix;
}

const W = matrix(2, 3, exampleLayer.W.flat());
const Wt = transpose(W);

/**
 * A batch through the layer at once: X (batch × 3) times Wᵀ (3 × 2) gives XWᵀ (batch × 2);
 * b (length 2) is broadcast, i.e. added to every row, giving Z (batch × 2).
 */
export function broadcastLayer(batch: number, b: readonly number[]): BroadcastResult {
  const n = Math.max(1, Math.min(BATCH_ROWS.length, Math.round(batch)));
  const X = matrix(n, 3, BATCH_ROWS.slice(0, n).flat());
  const XWt = matMul(X, Wt);
  return { X, Wt, XWt, Z: addBiasRows(XWt, b) };
}

/** Rows of a matrix as arrays, for TeX and code. */
export function rowsOf(M: Matrix): number[][] {
  return Array.from({ length: M.rows }, (_, i) => Array.from(M.data.subarray(i * M.cols, (i + 1) * M.cols)));
}
