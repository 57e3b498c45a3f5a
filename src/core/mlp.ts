/**
 * A multilayer perceptron: L = sizes.length − 1 dense layers. Layer l maps sizes[l] inputs to
 * sizes[l+1] units: z = W a + b, W of shape sizes[l+1] × sizes[l]. Hidden layers apply
 * `activation`; the output layer applies `output` ('linear' gives a logit or a regression value).
 * Forward pass: mlpForward.ts; backward pass: mlpBackward.ts; training: train.ts.
 */
import type { ActivationName } from './activations';
import { sampleWeightsWith } from './init';
import type { InitDistribution, InitScheme } from './init';
import type { Matrix } from './linalg';
import type { LossName } from './losses';

/** A network's loss: one of the per-output losses, or 'softmax-ce' (softmax over the outputs, then cross-entropy against a one-hot label). */
export type MlpLoss = LossName | 'softmax-ce';
import { createRng } from './rng';
import { assertPositiveInteger } from './validate';

export type OutputActivation = 'linear' | 'sigmoid';

export interface MlpOptions {
  /** Layer widths, input first: [2, 8, 8, 1] is 2 inputs, two hidden layers of 8, one output. */
  sizes: readonly number[];
  /** Activation of the hidden layers. */
  activation: ActivationName;
  init: InitScheme;
  seed: number;
  distribution?: InitDistribution;
  /** Output activation; default 'linear' (a logit for 'bce', a value for 'mse'). */
  output?: OutputActivation;
  /**
   * Loss; default 'bce'. 'bce' is binary cross-entropy of σ(z) computed from the output logit z
   * (bceWithLogits) whatever `output` is, so 'linear' and 'sigmoid' train identically and differ
   * only in what predict() returns. 'mse' is ½(a − y)² on the output a. 'softmax-ce' makes the
   * output layer's a = softmax(z) over its units (a classifier's probabilities, `output` must stay
   * 'linear') and the loss −Σ_k y_k ln a_k.
   */
  loss?: MlpLoss;
}

export interface Mlp {
  sizes: number[];
  activation: ActivationName;
  output: OutputActivation;
  loss: MlpLoss;
  /** weights[l]: sizes[l+1] × sizes[l], row j holds the weights into unit j. */
  weights: Matrix[];
  /** biases[l]: length sizes[l+1], initialized to 0. */
  biases: Float64Array[];
}

/** Builds an MLP with weights drawn by `init` (Xavier or He, per layer fan-in/fan-out) from one seeded generator, biases 0. */
export function createMlp(options: MlpOptions): Mlp {
  const { sizes, activation, init, seed, distribution = 'normal', output = 'linear', loss = 'bce' } = options;
  if (sizes.length < 2) {
    throw new RangeError(`sizes must list at least 2 layer widths, got ${sizes.length}`);
  }
  sizes.forEach((s, i) => assertPositiveInteger(`sizes[${i}]`, s));
  if (loss === 'softmax-ce' && output !== 'linear') throw new RangeError(`'softmax-ce' applies its own softmax: output must be 'linear', got '${output}'`);
  const rng = createRng(seed);
  const weights: Matrix[] = [];
  const biases: Float64Array[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const nIn = sizes[l], nOut = sizes[l + 1];
    weights.push({ rows: nOut, cols: nIn, data: sampleWeightsWith(rng, init, nIn, nOut, distribution) });
    biases.push(new Float64Array(nOut));
  }
  return { sizes: [...sizes], activation, output, loss, weights, biases };
}

/** A deep copy (new arrays), e.g. to keep a snapshot before training on. */
export function cloneMlp(mlp: Mlp): Mlp {
  return {
    ...mlp,
    sizes: [...mlp.sizes],
    weights: mlp.weights.map((W) => ({ rows: W.rows, cols: W.cols, data: W.data.slice() })),
    biases: mlp.biases.map((b) => b.slice()),
  };
}

/** True when every weight and bias is finite — false after training has diverged (NaN/±Infinity). */
export function isFiniteMlp(mlp: Mlp): boolean {
  for (const W of mlp.weights) for (let i = 0; i < W.data.length; i++) if (!Number.isFinite(W.data[i])) return false;
  for (const b of mlp.biases) for (let i = 0; i < b.length; i++) if (!Number.isFinite(b[i])) return false;
  return true;
}

/** Number of trainable parameters Σₗ (sizes[l]·sizes[l+1] + sizes[l+1]). */
export function parameterCount(mlp: Mlp): number {
  let n = 0;
  for (let l = 0; l < mlp.weights.length; l++) n += mlp.weights[l].data.length + mlp.biases[l].length;
  return n;
}
