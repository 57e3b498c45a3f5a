/**
 * How a signal and its gradient travel through a deep stack of random layers, for the
 * initialization figure. Input X₀ ~ N(0, 1) (batch × width); layer l = 1…L: H_l = A_{l−1} W_lᵀ,
 * A_l = f(H_l), no biases, W_l (width × width) with i.i.d. N(0, s²) entries:
 *   'small' s = 0.01, 'large' s = 1, 'xavier' s² = 2/(width + width) = 1/width, 'he' s² = 2/width.
 * Backward: G_L = ∂L/∂A_L ~ N(0, 1) (a random unit-variance gradient from the top), then
 * G_{l−1} = (G_l ⊙ f'(H_l)) W_l.
 * Draw order from createRng(seed): X₀, then W_1 … W_L (row-major, out × in), then G_L.
 * Cost: 2·L·batch·width² multiply-adds (20×256×256 → 671 M); deepSignalSlices yields after each
 * layer so a caller can spread the work over frames or run it in a worker.
 */
import { createRng, fillNormal } from './rng';
import { mean } from './stats';
import { assertPositiveInteger } from './validate';
import { rowsTimesTransposed, transposeArray } from './denseKernels';

export type DeepInit = 'small' | 'large' | 'xavier' | 'he';

export interface DeepSignalOptions {
  layers: number;
  width: number;
  batch: number;
  activation: 'tanh' | 'relu';
  init: DeepInit;
  seed: number;
}

export interface DeepSignalLayer {
  /** A_l, batch × width row-major. */
  activations: Float64Array;
  /** Population variance of all batch·width entries of A_l. */
  activationVariance: number;
  /** G_l = ∂L/∂A_l, batch × width. */
  gradients: Float64Array;
  /** Population variance of G_l. */
  gradientVariance: number;
}

export interface DeepSignal {
  /** X₀, batch × width, and its variance (≈ 1). */
  input: Float64Array;
  inputVariance: number;
  /** layers[l − 1] describes layer l = 1…L. */
  layers: DeepSignalLayer[];
}

/** Standard deviation s of the weights for an init at a given width (see the module comment). */
export function deepInitStd(init: DeepInit, width: number): number {
  assertPositiveInteger('width', width);
  switch (init) {
    case 'small': return 0.01;
    case 'large': return 1;
    case 'xavier': return Math.sqrt(1 / width);
    case 'he': return Math.sqrt(2 / width);
  }
}

function populationVariance(v: Float64Array): number {
  const m = mean(v);
  let s = 0;
  for (let i = 0; i < v.length; i++) s += (v[i] - m) * (v[i] - m);
  return s / v.length;
}

/** As deepSignal, yielding the fraction of work done (0…1) after each layer of each pass. */
export function* deepSignalSlices(options: DeepSignalOptions): Generator<number, DeepSignal> {
  const { layers: L, width: w, batch: B, activation, init, seed } = options;
  assertPositiveInteger('layers', L);
  assertPositiveInteger('width', w);
  assertPositiveInteger('batch', B);
  const rng = createRng(seed);
  const s = deepInitStd(init, w);
  const input = fillNormal(rng, new Float64Array(B * w));
  const weights: Float64Array[] = [];
  const acts: Float64Array[] = [];
  let prev = input;
  for (let l = 0; l < L; l++) {
    const W = fillNormal(rng, new Float64Array(w * w), 0, s);
    const a = new Float64Array(B * w);
    rowsTimesTransposed(prev, W, a, B, w, w);
    if (activation === 'tanh') for (let i = 0; i < a.length; i++) a[i] = Math.tanh(a[i]);
    else for (let i = 0; i < a.length; i++) if (!(a[i] > 0)) a[i] = 0;
    weights.push(W);
    acts.push(a);
    prev = a;
    yield (l + 1) / (2 * L);
  }
  const grads: Float64Array[] = new Array(L);
  grads[L - 1] = fillNormal(rng, new Float64Array(B * w));
  const scratch = new Float64Array(B * w);
  for (let l = L - 1; l > 0; l--) {
    // δ = G_l ⊙ f'(H_l), with f' read off A_l: tanh' = 1 − a², relu' = [a > 0].
    const g = grads[l], a = acts[l];
    if (activation === 'tanh') for (let i = 0; i < g.length; i++) scratch[i] = g[i] * (1 - a[i] * a[i]);
    else for (let i = 0; i < g.length; i++) scratch[i] = a[i] > 0 ? g[i] : 0;
    grads[l - 1] = new Float64Array(B * w);
    // δ W = δ (Wᵀ)ᵀ: transposing W (w² copies) lets the backward product use the blocked kernel too.
    rowsTimesTransposed(scratch, transposeArray(weights[l], w, w), grads[l - 1], B, w, w);
    yield (2 * L - l) / (2 * L);
  }
  return {
    input,
    inputVariance: populationVariance(input),
    layers: acts.map((a, l) => ({
      activations: a,
      activationVariance: populationVariance(a),
      gradients: grads[l],
      gradientVariance: populationVariance(grads[l]),
    })),
  };
}

/**
 * Per layer l = 1…L the activations A_l and gradients ∂L/∂A_l of a random deep network and their
 * variances (see the module comment for the exact model). Seeded: same options → same arrays.
 */
export function deepSignal(options: DeepSignalOptions): DeepSignal {
  const it = deepSignalSlices(options);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}
