/**
 * Forward pass of an MLP over a batch: for each layer l, Z_l = A_l W_lᵀ + b_l (batch × sizes[l+1])
 * and A_{l+1} = f(Z_l), with A_0 = X. The *Into functions write into preallocated buffers.
 */
import { sigmoid } from './activations';
import type { ActivationName } from './activations';
import type { Matrix } from './linalg';
import type { Mlp } from './mlp';

export interface ForwardCache {
  /** zs[l]: pre-activations of layer l, batch × sizes[l+1] (l = 0…L−1). */
  zs: Matrix[];
  /** as[0] = X; as[l+1] = f(zs[l]), batch × sizes[l+1] (L+1 matrices). */
  as: Matrix[];
}

/** a[i] = f(z[i]) for i < len, with the activation chosen once outside the loop. */
export function applyActivation(name: ActivationName, z: Float64Array, a: Float64Array, len: number): void {
  switch (name) {
    case 'tanh':
      for (let i = 0; i < len; i++) a[i] = Math.tanh(z[i]);
      return;
    case 'sigmoid':
      for (let i = 0; i < len; i++) a[i] = sigmoid(z[i]);
      return;
    case 'relu':
      for (let i = 0; i < len; i++) a[i] = z[i] > 0 ? z[i] : 0;
      return;
    case 'linear':
      for (let i = 0; i < len; i++) a[i] = z[i];
  }
}

/**
 * Softmax over the n units of each of the B samples, unit-major ([j·B + b]), z → a; the max of each
 * sample's z is subtracted first so e^z never overflows.
 */
export function softmaxUnitMajor(z: Float64Array, a: Float64Array, n: number, B: number): void {
  for (let b = 0; b < B; b++) {
    let m = -Infinity;
    for (let j = 0; j < n; j++) if (z[j * B + b] > m) m = z[j * B + b];
    let sum = 0;
    for (let j = 0; j < n; j++) {
      const e = Math.exp(z[j * B + b] - m);
      a[j * B + b] = e;
      sum += e;
    }
    const inv = 1 / sum;
    for (let j = 0; j < n; j++) a[j * B + b] *= inv;
  }
}

/** Layer l's activation: `activation` for hidden layers, `output` for the last. */
export function layerActivation(mlp: Mlp, l: number): ActivationName {
  return l === mlp.weights.length - 1 ? mlp.output : mlp.activation;
}

/**
 * Forward pass into preallocated unit-major buffers: unit j of sample b sits at [j·batch + b], so
 * every inner loop runs along the batch (long and contiguous even for 2- or 8-unit layers).
 * x: sizes[0] × batch; writes zs[l], as[l+1] (sizes[l+1] × batch); as[0] is not read.
 */
export function forwardInto(mlp: Mlp, x: Float64Array, batch: number, zs: Float64Array[], as: Float64Array[]): void {
  const B = batch;
  for (let l = 0; l < mlp.weights.length; l++) {
    const { rows: n, cols: m, data: W } = mlp.weights[l];
    const bias = mlp.biases[l];
    const input = l === 0 ? x : as[l];
    const z = zs[l];
    for (let j = 0; j < n; j++) {
      const zo = j * B, wo = j * m;
      z.fill(bias[j], zo, zo + B);
      let k = 0;
      for (; k + 3 < m; k += 4) {
        const w0 = W[wo + k], w1 = W[wo + k + 1], w2 = W[wo + k + 2], w3 = W[wo + k + 3];
        const i0 = k * B, i1 = i0 + B, i2 = i1 + B, i3 = i2 + B;
        for (let b = 0; b < B; b++) {
          z[zo + b] += w0 * input[i0 + b] + w1 * input[i1 + b] + w2 * input[i2 + b] + w3 * input[i3 + b];
        }
      }
      for (; k < m; k++) {
        const w = W[wo + k], io = k * B;
        for (let b = 0; b < B; b++) z[zo + b] += w * input[io + b];
      }
    }
    if (mlp.loss === 'softmax-ce' && l === mlp.weights.length - 1) softmaxUnitMajor(z, as[l + 1], n, B);
    else applyActivation(layerActivation(mlp, l), z, as[l + 1], B * n);
  }
}

/** Row-major r × c → its transpose c × r (batch-major ↔ unit-major), into out. */
export function transposeInto(src: ArrayLike<number>, r: number, c: number, out: Float64Array): Float64Array {
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[j * r + i] = src[i * c + j];
  return out;
}

function checkInput(mlp: Mlp, X: Matrix): void {
  if (X.cols !== mlp.sizes[0]) {
    throw new RangeError(`X is ${X.rows}×${X.cols} but the network expects ${mlp.sizes[0]} inputs per row`);
  }
}

/** Forward pass of X (batch × sizes[0]) keeping every intermediate (batch-major matrices; as[0] is X itself), for backward(). */
export function forward(mlp: Mlp, X: Matrix): ForwardCache {
  checkInput(mlp, X);
  const B = X.rows;
  const zs = mlp.weights.map((W) => new Float64Array(B * W.rows));
  const as = [X.data, ...mlp.weights.map((W) => new Float64Array(B * W.rows))];
  forwardInto(mlp, transposeInto(X.data, B, X.cols, new Float64Array(X.data.length)), B, zs, as);
  const rowMajor = (data: Float64Array, units: number): Matrix => ({
    rows: B, cols: units, data: transposeInto(data, units, B, new Float64Array(data.length)),
  });
  return {
    zs: zs.map((data, l) => rowMajor(data, mlp.sizes[l + 1])),
    as: [X, ...as.slice(1).map((data, l) => rowMajor(data, mlp.sizes[l + 1]))],
  };
}

/** Network output for X: batch × sizes[L] (a logit or value for 'linear', a probability for 'sigmoid', probabilities for 'softmax-ce'). */
export function predict(mlp: Mlp, X: Matrix): Matrix {
  const { as } = forward(mlp, X);
  return as[as.length - 1];
}
