/**
 * A 784-H-10 digit classifier (ReLU hidden layer, softmax output, cross-entropy) trained by
 * mini-batch SGD on the grey levels scaled to 0–1, in chunks of rows so a worker can report
 * progress and answer Pause between them. Every buffer is allocated once per session.
 */
import { DIGIT_CLASSES, DIGIT_PIXELS, type DigitData } from './digitData';
import { createMlp, isFiniteMlp, type Mlp } from './mlp';
import { forwardInto } from './mlpForward';
import { createRng, shuffleInPlace, type Rng } from './rng';
import { createTrainer, type Trainer } from './train';
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

export const EVAL_BATCH = 250;

/** An untrained 784-hidden-10 classifier: He-normal weights from seed, biases 0. */
export function createDigitNetwork(hidden: number, seed: number): Mlp {
  return createMlp({ sizes: [DIGIT_PIXELS, hidden, DIGIT_CLASSES], activation: 'relu', init: 'he', seed, loss: 'softmax-ce' });
}

/** A scorer for one network shape: forward passes in batches of EVAL_BATCH through buffers it owns. */
export function createDigitScorer(sizes: readonly number[]): (mlp: Mlp, data: DigitData, set: 'train' | 'test') => DigitScores {
  const x = new Float64Array(EVAL_BATCH * DIGIT_PIXELS);
  const zs = sizes.slice(1).map((s) => new Float64Array(EVAL_BATCH * s));
  const as = [x, ...sizes.slice(1).map((s) => new Float64Array(EVAL_BATCH * s))];
  return (mlp, data, set) => {
    const first = set === 'train' ? 0 : data.nTrain;
    const n = set === 'train' ? data.nTrain : data.nTest;
    const predicted = new Uint8Array(n), confusion = new Uint32Array(DIGIT_CLASSES * DIGIT_CLASSES);
    const index = (i: number) => first + i;
    let right = 0, loss = 0;
    const z = zs[zs.length - 1], p = as[as.length - 1];
    for (let start = 0; start < n; start += EVAL_BATCH) {
      const B = Math.min(EVAL_BATCH, n - start);
      const inv = 1 / 255;
      for (let r = 0; r < B; r++) {
        const o = index(start + r) * DIGIT_PIXELS;
        for (let k = 0; k < DIGIT_PIXELS; k++) x[k * B + r] = data.pixels[o + k] * inv;
      }
      forwardInto(mlp, x, B, zs, as);
      for (let r = 0; r < B; r++) {
        let best = 0;
        for (let k = 1; k < DIGIT_CLASSES; k++) if (z[k * B + r] > z[best * B + r]) best = k;
        const label = data.labels[index(start + r)];
        predicted[start + r] = best;
        confusion[label * DIGIT_CLASSES + best]++;
        if (best === label) right++;
        // −ln p_label from the probabilities; a probability that underflowed counts as e^−745.
        loss -= Math.log(Math.max(p[label * B + r], Number.MIN_VALUE));
      }
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
  score(set: 'train' | 'test'): DigitScores;
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
  const trainer: Trainer = createTrainer(mlp, batch);
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
    score: (set) => scorer(mlp, data, set),
    finite: () => isFiniteMlp(mlp),
  };
}
