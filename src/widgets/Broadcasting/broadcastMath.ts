import { addBiasRows, exampleLayer, matMul, matrix, transpose } from '../../core';
import { BATCH_ROWS, type BroadcastState } from './params';

const Wt = transpose(matrix(2, 3, exampleLayer.W.flat()));

/**
 * A batch through the layer at once: X (batch × 3) times Wᵀ (3 × 2) gives XWᵀ (batch × 2);
 * b (length 2) is broadcast, i.e. added to every row, giving Z (batch × 2).
 */
export function broadcastLayer(s: BroadcastState) {
  const b = [s.b1, s.b2];
  const X = matrix(s.batch, 3, BATCH_ROWS.slice(0, s.batch).flat());
  const XWt = matMul(X, Wt);
  return { b, X, Wt, XWt, Z: addBiasRows(XWt, b) };
}

export type BroadcastValues = BroadcastState & ReturnType<typeof broadcastLayer>;
