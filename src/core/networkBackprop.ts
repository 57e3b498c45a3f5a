/**
 * Backpropagation through a small fully connected sigmoid network, one example at a time, with
 * every number a reader follows: each layer's z and a, each unit's error term δ = ∂L/∂z, each
 * weight's gradient δ · (its input), and the finite-difference estimate that checks them.
 * The loss is L = ½ Σ (a − y)² on the output a. The passes are the training core's (mlpForward,
 * mlpBackward): the code that finds these gradients is the code that trains the essay's networks.
 */
import { createMlp, type Mlp } from './mlp';
import { forward } from './mlpForward';
import { backward } from './mlpBackward';
import { sigmoid } from './activations';
import { matrix } from './linalg';

/** One layer as a reader writes it: W's rows are the units, b one bias per unit. */
export interface DenseLayer {
  W: readonly (readonly number[])[];
  b: readonly number[];
}

export interface NetworkPass {
  /** zs[l], as[l + 1]: layer l + 1's pre-activations and activations; as[0] = x. */
  zs: number[][];
  as: number[][];
  /** δ⁽ˡ⁾ = ∂L/∂z⁽ˡ⁾ for each layer, input side first. */
  deltas: number[][];
  /** ∂L/∂W⁽ˡ⁾ = δ⁽ˡ⁾ (a⁽ˡ⁻¹⁾)ᵀ, same shape as W. */
  dW: number[][][];
  /** ∂L/∂b⁽ˡ⁾ = δ⁽ˡ⁾. */
  db: number[][];
  loss: number;
}

/** The layers as the core's Mlp: sigmoid everywhere, loss ½(a − y)². */
export function sigmoidNetwork(layers: readonly DenseLayer[]): Mlp {
  const sizes = [layers[0].W[0].length, ...layers.map((layer) => layer.W.length)];
  // Built with drawn weights, then every weight and bias is overwritten with the reader's.
  const mlp = createMlp({ sizes, activation: 'sigmoid', output: 'sigmoid', loss: 'mse', init: 'xavier', seed: 0 });
  layers.forEach((layer, l) => {
    mlp.weights[l].data.set(layer.W.flat());
    mlp.biases[l].set(layer.b);
  });
  return mlp;
}

const rowsOf = (data: ArrayLike<number>, rows: number, cols: number) =>
  Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => data[i * cols + j]));

/** The forward pass and the backward pass for one input x and target y. */
export function backpropPass(layers: readonly DenseLayer[], x: readonly number[], y: readonly number[]): NetworkPass {
  const mlp = sigmoidNetwork(layers);
  const cache = forward(mlp, matrix(1, x.length, x));
  const grads = backward(mlp, cache, y);
  // With one example, ∂L/∂b⁽ˡ⁾ = Σ over the batch of δ⁽ˡ⁾ is δ⁽ˡ⁾ itself.
  const db = grads.db.map((g) => Array.from(g));
  return {
    zs: cache.zs.map((z) => Array.from(z.data)),
    as: cache.as.map((a) => Array.from(a.data)),
    deltas: db.map((d) => d.slice()),
    dW: grads.dW.map((g) => rowsOf(g.data, g.rows, g.cols)),
    db,
    loss: grads.loss,
  };
}

/**
 * L at the given parameters, by a plain forward pass over the layers (no network object is built:
 * a finite-difference check calls this twice per parameter).
 */
export function networkLoss(layers: readonly DenseLayer[], x: readonly number[], y: readonly number[]): number {
  let a: readonly number[] = x;
  for (const { W, b } of layers) {
    a = W.map((row, j) => {
      let z = b[j];
      for (let k = 0; k < row.length; k++) z += row[k] * a[k];
      return sigmoid(z);
    });
  }
  let loss = 0;
  for (let j = 0; j < a.length; j++) loss += 0.5 * (a[j] - y[j]) ** 2;
  return loss;
}

/** The layers with one weight (or, with k = −1, the bias of unit j) moved by d. */
function nudged(layers: readonly DenseLayer[], l: number, j: number, k: number, d: number): DenseLayer[] {
  return layers.map((layer, i) => {
    if (i !== l) return layer;
    if (k < 0) return { W: layer.W, b: layer.b.map((b, u) => (u === j ? b + d : b)) };
    return { W: layer.W.map((row, u) => (u === j ? row.map((w, v) => (v === k ? w + d : w)) : row)), b: layer.b };
  });
}

/**
 * Central differences (L(θ + h) − L(θ − h)) / 2h for every parameter: two forward passes each,
 * exact to O(h²) in the maths and about ε·L/h in floating point, so h = 10⁻⁴ agrees with the
 * backward pass to ~10⁻⁹ while h = 10⁻⁸ has lost half its digits to rounding.
 */
export function finiteDifferenceGradients(layers: readonly DenseLayer[], x: readonly number[], y: readonly number[], h: number) {
  const slope = (l: number, j: number, k: number) =>
    (networkLoss(nudged(layers, l, j, k, h), x, y) - networkLoss(nudged(layers, l, j, k, -h), x, y)) / (2 * h);
  return {
    dW: layers.map((layer, l) => layer.W.map((row, j) => row.map((_, k) => slope(l, j, k)))),
    db: layers.map((layer, l) => layer.b.map((_, j) => slope(l, j, -1))),
  };
}

/** One gradient step on every parameter: θ ← θ − η ∂L/∂θ. */
export function networkStep(layers: readonly DenseLayer[], pass: Pick<NetworkPass, 'dW' | 'db'>, eta: number): DenseLayer[] {
  return layers.map((layer, l) => ({
    W: layer.W.map((row, j) => row.map((w, k) => w - eta * pass.dW[l][j][k])),
    b: layer.b.map((b, j) => b - eta * pass.db[l][j]),
  }));
}
