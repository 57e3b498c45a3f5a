/**
 * Backward pass (backpropagation) of the mean loss over a batch of B rows:
 *   output:  δ_{L−1} = ∂L/∂Z_{L−1}  (bce: (σ(z) − y)/B;  softmax-ce: (softmax(z) − y)/B;  mse: (a − y)·f'(z)/B)
 *   layer l: ∂L/∂W_l = δ_lᵀ A_l,  ∂L/∂b_l = Σ_rows δ_l,  δ_{l−1} = (δ_l W_l) ⊙ f'(Z_{l−1}).
 */
import { bceWithLogits, squaredError } from './losses';
import { sigmoid } from './activations';
import type { ActivationName } from './activations';
import type { Matrix } from './linalg';
import type { Mlp } from './mlp';
import { transposeInto } from './mlpForward';
import type { ForwardCache } from './mlpForward';

export interface Gradients {
  /** dW[l] = ∂L/∂W_l, same shape as weights[l]. */
  dW: Matrix[];
  /** db[l] = ∂L/∂b_l. */
  db: Float64Array[];
  /** Mean loss over the batch (summed over output units). */
  loss: number;
}

/** δ[i] ← δ[i]·f'(z[i]), using a = f(z) where cheaper (tanh' = 1 − a², σ' = a(1 − a)). */
function multiplyDerivative(name: ActivationName, z: Float64Array, a: Float64Array, delta: Float64Array, len: number): void {
  switch (name) {
    case 'tanh':
      for (let i = 0; i < len; i++) delta[i] *= 1 - a[i] * a[i];
      return;
    case 'sigmoid':
      for (let i = 0; i < len; i++) delta[i] *= a[i] * (1 - a[i]);
      return;
    case 'relu':
      for (let i = 0; i < len; i++) if (!(z[i] > 0)) delta[i] = 0;
      return;
    case 'linear':
  }
}

/** Writes δ of the output layer into delta (elementwise, any layout); returns the mean loss. */
function outputDelta(mlp: Mlp, z: Float64Array, a: Float64Array, y: ArrayLike<number>, batch: number, delta: Float64Array): number {
  const len = batch * mlp.sizes[mlp.sizes.length - 1];
  const inv = 1 / batch;
  let loss = 0;
  if (mlp.loss === 'softmax-ce') {
    // a = softmax(z) per sample (forwardInto); ℓ = −Σ_k y_k ln a_k = −Σ_k y_k (z_k − lse(z)), taken
    // from z so a probability that underflows to 0 never gives ln 0.
    const n = mlp.sizes[mlp.sizes.length - 1];
    for (let b = 0; b < batch; b++) {
      let m = -Infinity;
      for (let j = 0; j < n; j++) if (z[j * batch + b] > m) m = z[j * batch + b];
      let sum = 0;
      for (let j = 0; j < n; j++) sum += Math.exp(z[j * batch + b] - m);
      const lse = m + Math.log(sum);
      for (let j = 0; j < n; j++) {
        const i = j * batch + b;
        if (y[i] !== 0) loss -= y[i] * (z[i] - lse);
        delta[i] = (a[i] - y[i]) * inv;
      }
    }
  } else if (mlp.loss === 'bce') {
    for (let i = 0; i < len; i++) {
      loss += bceWithLogits(z[i], y[i]);
      delta[i] = (sigmoid(z[i]) - y[i]) * inv;
    }
  } else {
    for (let i = 0; i < len; i++) {
      loss += squaredError(a[i], y[i]);
      delta[i] = (a[i] - y[i]) * inv;
    }
    multiplyDerivative(mlp.output, z, a, delta, len);
  }
  return loss * inv;
}

/**
 * Backward pass over the unit-major buffers of forwardInto ([j·batch + b]): zs[l], as[l] (as[0] =
 * the input, sizes[0] × batch), y (sizes[L] × batch); writes deltas[l], dW[l], db[l] and returns
 * the mean loss.
 */
export function backwardInto(
  mlp: Mlp, zs: Float64Array[], as: Float64Array[], y: ArrayLike<number>, batch: number,
  deltas: Float64Array[], dW: Float64Array[], db: Float64Array[],
): number {
  const L = mlp.weights.length, B = batch;
  const loss = outputDelta(mlp, zs[L - 1], as[L], y, B, deltas[L - 1]);
  for (let l = L - 1; l >= 0; l--) {
    const { rows: n, cols: m, data: W } = mlp.weights[l];
    const delta = deltas[l], input = as[l], gW = dW[l], gb = db[l];
    for (let j = 0; j < n; j++) {
      const dOff = j * B;
      let sb = 0;
      for (let b = 0; b < B; b++) sb += delta[dOff + b];
      gb[j] = sb;
      // ∂L/∂W[j, k] = Σ_b δ[j, b]·a[k, b], four k at a time: independent sums hide add latency.
      let k = 0;
      for (; k + 3 < m; k += 4) {
        const i0 = k * B, i1 = i0 + B, i2 = i1 + B, i3 = i2 + B;
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (let b = 0; b < B; b++) {
          const d = delta[dOff + b];
          s0 += d * input[i0 + b]; s1 += d * input[i1 + b]; s2 += d * input[i2 + b]; s3 += d * input[i3 + b];
        }
        const o = j * m + k;
        gW[o] = s0; gW[o + 1] = s1; gW[o + 2] = s2; gW[o + 3] = s3;
      }
      for (; k < m; k++) {
        const io = k * B;
        let s0 = 0, s1 = 0;
        let b = 0;
        for (; b + 1 < B; b += 2) {
          s0 += delta[dOff + b] * input[io + b];
          s1 += delta[dOff + b + 1] * input[io + b + 1];
        }
        if (b < B) s0 += delta[dOff + b] * input[io + b];
        gW[j * m + k] = s0 + s1;
      }
    }
    if (l === 0) break;
    const prev = deltas[l - 1];
    for (let k = 0; k < m; k++) {
      const po = k * B;
      prev.fill(0, po, po + B);
      let j = 0;
      for (; j + 3 < n; j += 4) {
        const w0 = W[j * m + k], w1 = W[(j + 1) * m + k], w2 = W[(j + 2) * m + k], w3 = W[(j + 3) * m + k];
        const d0 = j * B, d1 = d0 + B, d2 = d1 + B, d3 = d2 + B;
        for (let b = 0; b < B; b++) {
          prev[po + b] += w0 * delta[d0 + b] + w1 * delta[d1 + b] + w2 * delta[d2 + b] + w3 * delta[d3 + b];
        }
      }
      for (; j < n; j++) {
        const w = W[j * m + k], dOff = j * B;
        for (let b = 0; b < B; b++) prev[po + b] += w * delta[dOff + b];
      }
    }
    multiplyDerivative(mlp.activation, zs[l - 1], as[l], prev, B * m);
  }
  return loss;
}

/** Gradients of the mean loss for the batch cached by forward(); Y: batch × sizes[L] (matrix or flat array). */
export function backward(mlp: Mlp, cache: ForwardCache, Y: Matrix | ArrayLike<number>): Gradients {
  const batch = cache.as[0].rows;
  const y = 'data' in Y ? Y.data : Y;
  const nOut = mlp.sizes[mlp.sizes.length - 1];
  if (y.length !== batch * nOut) {
    throw new RangeError(`Y has ${y.length} entries but a batch of ${batch} needs ${batch}×${nOut}`);
  }
  const unitMajor = (M: Matrix): Float64Array => transposeInto(M.data, M.rows, M.cols, new Float64Array(M.data.length));
  const deltas = cache.zs.map((z) => new Float64Array(z.data.length));
  const dW = mlp.weights.map((W) => new Float64Array(W.data.length));
  const db = mlp.biases.map((b) => new Float64Array(b.length));
  const yT = transposeInto(y, batch, nOut, new Float64Array(y.length));
  const loss = backwardInto(mlp, cache.zs.map(unitMajor), cache.as.map(unitMajor), yT, batch, deltas, dW, db);
  return { dW: dW.map((data, l) => ({ rows: mlp.weights[l].rows, cols: mlp.weights[l].cols, data })), db, loss };
}
