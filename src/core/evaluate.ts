/**
 * Scores of a trained network on a data set, without gradients.
 */
import { bceWithLogits, squaredError } from './losses';
import type { Matrix } from './linalg';
import type { Mlp } from './mlp';
import { forward } from './mlpForward';
import { crossEntropyWithLogits } from './softmax';

/** Mean loss over the rows of X (the network's own loss, as backward() reports it). */
export function evaluateLoss(mlp: Mlp, X: Matrix, Y: Matrix | ArrayLike<number>): number {
  const { zs, as } = forward(mlp, X);
  const z = zs[zs.length - 1].data, a = as[as.length - 1].data;
  const y = 'data' in Y ? Y.data : Y;
  if (y.length !== z.length) throw new RangeError(`Y has ${y.length} entries but the network gives ${z.length} outputs`);
  let loss = 0;
  if (mlp.loss === 'softmax-ce') {
    const K = mlp.sizes[mlp.sizes.length - 1];
    for (let r = 0; r < X.rows; r++) loss += crossEntropyWithLogits(z.subarray(r * K, (r + 1) * K), Array.from({ length: K }, (_, k) => y[r * K + k]));
    return X.rows === 0 ? 0 : loss / X.rows;
  }
  for (let i = 0; i < z.length; i++) loss += mlp.loss === 'bce' ? bceWithLogits(z[i], y[i]) : squaredError(a[i], y[i]);
  return X.rows === 0 ? 0 : loss / X.rows;
}

/** Share of rows classified right, one output unit: predicted class = [z > 0] (σ(z) > ½), labels 0/1. */
export function accuracy(mlp: Mlp, X: Matrix, y: ArrayLike<number>): number {
  const { zs } = forward(mlp, X);
  const z = zs[zs.length - 1].data;
  if (y.length !== z.length) throw new RangeError(`y has ${y.length} labels but the network gives ${z.length} outputs`);
  let right = 0;
  for (let i = 0; i < z.length; i++) if ((z[i] > 0 ? 1 : 0) === (y[i] > 0.5 ? 1 : 0)) right++;
  return z.length === 0 ? 0 : right / z.length;
}
