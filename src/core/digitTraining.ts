/**
 * A 784-H-10 digit classifier (ReLU hidden layer, softmax output, cross-entropy) trained by
 * mini-batch SGD on the grey levels scaled to 0–1, in chunks of rows so a worker can report
 * progress and answer Pause between them. Every buffer is allocated once per session.
 */
import { DIGIT_CLASSES, DIGIT_PIXELS, type DigitData } from './digitData';
import { createMlp, isFiniteMlp, type Mlp } from './mlp';
import { createRng, shuffleInPlace, type Rng } from './rng';
import type { Trainer } from './train';
import { createSparseInputTrainer } from './digitTrainer';
import { assertPositiveInteger } from './validate';

export interface DigitTrainingConfig {
  hidden: number;
  lr: number;
  seed: number;
  /** Mini-batch size; default 32. */
  batch?: number;
  /** Rows trained per step() call; default 1000. */
  chunk?: number;
}

export interface DigitScores {
  /** Share of digits whose largest probability is at their label. */
  accuracy: number;
  /** Mean cross-entropy −ln p_label. */
  loss: number;
  /** predicted[i]: the network's digit for row i of the set. */
  predicted: Uint8Array;
  /** confusion[10·label + predicted]: how many digits of each label got each answer. */
  confusion: Uint32Array;
}

/** An untrained 784-hidden-10 classifier: He-normal weights from seed, biases 0. */
export function createDigitNetwork(hidden: number, seed: number): Mlp {
  return createMlp({ sizes: [DIGIT_PIXELS, hidden, DIGIT_CLASSES], activation: 'relu', init: 'he', seed, loss: 'softmax-ce' });
}

/**
 * A scorer for one 784-H-10 shape: each digit's forward pass from its ink pixels only (a 0 input
 * adds nothing to z), through the first layer's weights copied pixel-major once per call, into
 * buffers it owns. `count` scores only the set's first digits (the training set's share, quickly).
 */
export function createDigitScorer(sizes: readonly number[]): (mlp: Mlp, data: DigitData, set: 'train' | 'test', count?: number) => DigitScores {
  if (sizes.length !== 3 || sizes[0] !== DIGIT_PIXELS) throw new RangeError(`a digit scorer takes [${DIGIT_PIXELS}, H, K], got [${sizes.join(', ')}]`);
  const [nIn, H, K] = sizes;
  const W1T = new Float64Array(nIn * H), h = new Float64Array(H), z = new Float64Array(K);
  return (mlp, data, set, count) => {
    const W1 = mlp.weights[0].data, b1 = mlp.biases[0], W2 = mlp.weights[1].data, b2 = mlp.biases[1];
    for (let j = 0; j < H; j++) for (let k = 0; k < nIn; k++) W1T[k * H + j] = W1[j * nIn + k];
    const first = set === 'train' ? 0 : data.nTrain;
    const n = Math.min(count ?? Infinity, set === 'train' ? data.nTrain : data.nTest);
    const predicted = new Uint8Array(n), confusion = new Uint32Array(K * K);
    const inv = 1 / 255;
    let right = 0, loss = 0;
    for (let i = 0; i < n; i++) {
      const o = (first + i) * nIn;
      h.set(b1);
      for (let k = 0; k < nIn; k++) {
        const g = data.pixels[o + k];
        if (g === 0) continue;
        const v = g * inv, wo = k * H;
        for (let j = 0; j < H; j++) h[j] += W1T[wo + j] * v;
      }
      for (let j = 0; j < H; j++) if (h[j] < 0) h[j] = 0;
      let best = 0;
      for (let c = 0; c < K; c++) {
        let s = b2[c];
        for (let j = 0; j < H; j++) s += W2[c * H + j] * h[j];
        z[c] = s;
        if (s > z[best]) best = c;
      }
      let sum = 0;
      for (let c = 0; c < K; c++) sum += Math.exp(z[c] - z[best]);
      const label = data.labels[first + i];
      predicted[i] = best;
      confusion[label * K + best]++;
      if (best === label) right++;
      // −ln p_label = lse(z) − z_label, from z so an underflowing probability never gives ln 0.
      loss += z[best] + Math.log(sum) - z[label];
    }
    return { accuracy: n === 0 ? 0 : right / n, loss: n === 0 ? 0 : loss / n, predicted, confusion };
  };
}

export interface DigitTraining {
  readonly mlp: Mlp;
  /** The learning rate of the next steps (the figure's slider changes it while training runs). */
  lr: number;
  /** Training rows seen so far / nTrain: 1.5 = one and a half epochs. */
  readonly epochs: number;
  /** nTrain, the rows of one epoch. */
  readonly trainRows: number;
  /** Trains the next chunk of rows (the epoch's shuffled order, then a new shuffle); returns their mean loss before each step. */
  step(): number;
  /** Scores the training or test digits (`count`: only the first so many). */
  score(set: 'train' | 'test', count?: number): DigitScores;
  /** False once a weight is NaN or infinite (the learning rate was too large). */
  finite(): boolean;
}

/** A training session on data's training rows, from config's seed (weights and shuffles). */
export function createDigitTraining(data: DigitData, config: DigitTrainingConfig): DigitTraining {
  const { hidden, seed, batch = 32, chunk: chunkRows = 1000 } = config;
  assertPositiveInteger('hidden', hidden);
  assertPositiveInteger('batch', batch);
  assertPositiveInteger('chunk', chunkRows);
  const checkRate = (lr: number) => {
    if (!(lr > 0 && Number.isFinite(lr))) throw new RangeError(`learning rate must be positive and finite, got ${lr}`);
    return lr;
  };
  let lr = checkRate(config.lr);
  const mlp = createDigitNetwork(hidden, seed);
  const trainer: Trainer = createSparseInputTrainer(mlp, batch);
  const rng: Rng = createRng(seed + 1);
  const scorer = createDigitScorer(mlp.sizes);
  const n = data.nTrain;
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  shuffleInPlace(rng, order);
  const chunk = Math.min(chunkRows, n);
  // Row-major copies of one chunk for trainer.epoch (it gathers its own unit-major batches).
  const X = { rows: chunk, cols: DIGIT_PIXELS, data: new Float64Array(chunk * DIGIT_PIXELS) };
  const Y = new Float64Array(chunk * DIGIT_CLASSES);
  let position = 0, seen = 0;

  return {
    mlp,
    get lr() { return lr; },
    set lr(value: number) { lr = checkRate(value); },
    get epochs() { return seen / n; },
    trainRows: n,
    step() {
      const count = Math.min(chunk, n - position);
      const rows = count === chunk ? X : { rows: count, cols: DIGIT_PIXELS, data: X.data.subarray(0, count * DIGIT_PIXELS) };
      const inv = 1 / 255;
      Y.fill(0);
      for (let r = 0; r < count; r++) {
        const src = order[position + r];
        const o = src * DIGIT_PIXELS, d = r * DIGIT_PIXELS;
        for (let k = 0; k < DIGIT_PIXELS; k++) rows.data[d + k] = data.pixels[o + k] * inv;
        Y[r * DIGIT_CLASSES + data.labels[src]] = 1;
      }
      const loss = trainer.epoch(rows, Y.subarray(0, count * DIGIT_CLASSES), lr, rng);
      position += count;
      seen += count;
      if (position >= n) { position = 0; shuffleInPlace(rng, order); }
      return loss;
    },
    score: (set, count) => scorer(mlp, data, set, count),
    finite: () => isFiniteMlp(mlp),
  };
}
