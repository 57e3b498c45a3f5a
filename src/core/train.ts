/**
 * Mini-batch stochastic gradient descent. A Trainer owns every buffer one epoch needs (batch
 * copies, pre-activations, activations, deltas, gradients, the shuffle order), so an epoch
 * allocates nothing: keep one per network and batch size.
 */
import type { Matrix } from './linalg';
import type { Mlp } from './mlp';
import { backwardInto } from './mlpBackward';
import type { Gradients } from './mlpBackward';
import { forwardInto } from './mlpForward';
import type { Rng } from './rng';
import { assertPositiveInteger } from './validate';

/** In place: W_l ← W_l − lr·dW_l, b_l ← b_l − lr·db_l for every layer. */
export function sgdStep(mlp: Mlp, grads: Pick<Gradients, 'dW' | 'db'>, lr: number): void {
  for (let l = 0; l < mlp.weights.length; l++) {
    const W = mlp.weights[l].data, gW = grads.dW[l].data, b = mlp.biases[l], gb = grads.db[l];
    for (let i = 0; i < W.length; i++) W[i] -= lr * gW[i];
    for (let i = 0; i < b.length; i++) b[i] -= lr * gb[i];
  }
}

/** Preallocated buffers for mini-batches of up to `capacity` rows of one network's shape. */
export interface Trainer {
  readonly capacity: number;
  /**
   * One epoch of mini-batch SGD over (X, Y): shuffle the n rows with rng, then for each batch of
   * up to `capacity` rows take one step W ← W − lr·∂L/∂W. Returns the mean over the epoch of the
   * per-row loss, each batch's loss measured before its step; not finite → training diverged.
   * X: n × sizes[0], Y: n × sizes[L] (matrix or flat). `update`, when given, takes each step
   * instead of plain SGD (another optimiser, a penalty): it receives the batch's gradients.
   */
  epoch(X: Matrix, Y: Matrix | ArrayLike<number>, lr: number, rng: Rng, update?: (dW: Float64Array[], db: Float64Array[]) => void): number;
}

/** A Trainer for `mlp` (its shape is fixed at creation) with mini-batches of up to `capacity` rows. */
export function createTrainer(mlp: Mlp, capacity: number): Trainer {
  assertPositiveInteger('capacity', capacity);
  const sizes = mlp.sizes, L = sizes.length - 1;
  const nIn = sizes[0], nOut = sizes[L];
  const x = new Float64Array(capacity * nIn);
  const y = new Float64Array(capacity * nOut);
  const zs = sizes.slice(1).map((s) => new Float64Array(capacity * s));
  const as = [x, ...sizes.slice(1).map((s) => new Float64Array(capacity * s))];
  const deltas = sizes.slice(1).map((s) => new Float64Array(capacity * s));
  const dW = mlp.weights.map((W) => ({ rows: W.rows, cols: W.cols, data: new Float64Array(W.data.length) }));
  const dWData = dW.map((g) => g.data);
  const db = mlp.biases.map((b) => new Float64Array(b.length));
  let order = new Uint32Array(0);

  return {
    capacity,
    epoch(X, Y, lr, rng, update) {
      const n = X.rows;
      const yData = 'data' in Y ? Y.data : Y;
      if (X.cols !== nIn) throw new RangeError(`X is ${X.rows}×${X.cols} but the network expects ${nIn} inputs per row`);
      if (yData.length !== n * nOut) throw new RangeError(`Y has ${yData.length} entries but X has ${n} rows of ${nOut} targets`);
      if (order.length !== n) order = new Uint32Array(n);
      for (let i = 0; i < n; i++) order[i] = i; // restart from the identity: the order depends on rng only
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(rng.uniform() * (i + 1));
        const t = order[i]; order[i] = order[j]; order[j] = t;
      }
      const xs = X.data;
      let total = 0;
      for (let start = 0; start < n; start += capacity) {
        const batch = Math.min(capacity, n - start);
        // Gather the batch unit-major ([unit·batch + row]), the layout forwardInto works in.
        for (let r = 0; r < batch; r++) {
          const src = order[start + r];
          for (let k = 0; k < nIn; k++) x[k * batch + r] = xs[src * nIn + k];
          for (let k = 0; k < nOut; k++) y[k * batch + r] = yData[src * nOut + k];
        }
        forwardInto(mlp, x, batch, zs, as);
        total += batch * backwardInto(mlp, zs, as, y, batch, deltas, dWData, db);
        if (update) update(dWData, db);
        else sgdStep(mlp, { dW, db }, lr);
      }
      return total / n;
    },
  };
}
