/**
 * Softmax and categorical cross-entropy for K classes, from the logits z (the output layer's
 * weighted sums). Both subtract max(z) first: e^{z−m} ≤ 1 never overflows, and the results are
 * the same because softmax(z + c) = softmax(z) for any constant c.
 */

/** p_k = e^{z_k − m} / Σ_j e^{z_j − m}, m = max(z), written into out (length K ≥ 1); returns out. */
export function softmaxInto(z: ArrayLike<number>, out: Float64Array): Float64Array {
  const K = z.length;
  let m = -Infinity;
  for (let k = 0; k < K; k++) if (z[k] > m) m = z[k];
  let sum = 0;
  for (let k = 0; k < K; k++) {
    const e = Math.exp(z[k] - m);
    out[k] = e;
    sum += e;
  }
  for (let k = 0; k < K; k++) out[k] /= sum;
  return out;
}

/** Softmax of z as a new array. */
export function softmax(z: ArrayLike<number>): Float64Array {
  return softmaxInto(z, new Float64Array(z.length));
}

/** ln Σ_k e^{z_k}, computed as m + ln Σ_k e^{z_k − m}. */
export function logSumExp(z: ArrayLike<number>): number {
  let m = -Infinity;
  for (let k = 0; k < z.length; k++) if (z[k] > m) m = z[k];
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += Math.exp(z[k] - m);
  return m + Math.log(sum);
}

/**
 * Cross-entropy ℓ = −Σ_k y_k ln p_k of p = softmax(z) against a target distribution y (one-hot
 * for a label): −Σ_k y_k (z_k − lse(z)), never ln 0.
 */
export function crossEntropyWithLogits(z: ArrayLike<number>, y: ArrayLike<number>): number {
  const lse = logSumExp(z);
  let loss = 0;
  for (let k = 0; k < z.length; k++) if (y[k] !== 0) loss -= y[k] * (z[k] - lse);
  return loss;
}

/** ∂ℓ/∂z of crossEntropyWithLogits for a target that sums to 1: softmax(z) − y, into out. */
export function crossEntropyGradientInto(z: ArrayLike<number>, y: ArrayLike<number>, out: Float64Array): Float64Array {
  softmaxInto(z, out);
  for (let k = 0; k < z.length; k++) out[k] -= y[k];
  return out;
}

/** Index of the largest entry (the first on ties); −1 for an empty array. */
export function argmax(v: ArrayLike<number>): number {
  let best = -1, max = -Infinity;
  for (let k = 0; k < v.length; k++) if (v[k] > max || best < 0) { max = v[k]; best = k; }
  return best;
}
