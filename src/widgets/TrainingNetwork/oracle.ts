import { createRng, fillNormal, makeDataset } from '../../core';
import { approx, type Expected, type OracleView } from '../../test/oracle';
import type { TrainingState } from './params';

const GENERATED = 250;
const thousandths = (v: number) => Math.round(v * 1000) / 1000 || 0;
const percent = (share: number) => `${Number((100 * share).toFixed(1))}\u00a0%`;

/** The reader's points by hand: "x1,x2,class" in hundredths, joined by "_" (sample() writes only valid ones). */
function ownPoints(text: string): { x: number[]; y: number[] } {
  const x: number[] = [], y: number[] = [];
  for (const entry of text === '' ? [] : text.split('_')) {
    const [a, b, c] = entry.split(',').map(Number);
    x.push(a / 100, b / 100);
    y.push(c);
  }
  return { x, y };
}

/**
 * The untrained figure by hand: the points (the core's seeded data set, then the reader's), each
 * held out when its draw from seed + 3 is below the test share; weights drawn N(0, σ²) layer by
 * layer from seed + 1 (+ 1,000,003 per Resample), σ² = 2 / (n_in + n_out) for Xavier, 2 / n_in for
 * He, σ = 0.01 or 3 for too small or too large, 0 for zero, all kept to thousandths, biases 0;
 * then a plain forward pass, the mean of ln(1 + e^{−(2y−1)z}), the share with [z > 0] = y and Σw².
 */
export function oracle(s: TrainingState): OracleView {
  const generated = s.dataset === 'own' ? { x: [] as number[], y: [] as number[] } : { x: Array.from(makeDataset(s.dataset, GENERATED, s.noise, s.seed).X.data), y: Array.from({ length: GENERATED }, (_, i) => i % 2) };
  const own = ownPoints(s.points);
  const X = [...generated.x, ...own.x].map(thousandths);
  const Y = [...generated.y, ...own.y];
  const split = createRng(s.seed + 3);
  const held = Y.map(() => split.uniform() < s.test / 100);

  const sizes = [2, ...Array.from({ length: s.hidden }, () => s.units), 1];
  const rng = createRng(s.draw === 0 ? s.seed + 1 : s.seed + 1 + 1_000_003 * s.draw);
  const weights = sizes.slice(1).map((nOut, l) => {
    const nIn = sizes[l];
    const sigma = { zero: 0, small: 0.01, large: 3, xavier: Math.sqrt(2 / (nIn + nOut)), he: Math.sqrt(2 / nIn) }[s.init];
    if (s.init === 'zero') return new Float64Array(nIn * nOut);
    const unit = s.init === 'small' ? 1e6 : 1e3; // the too-small start is kept in millionths
    return fillNormal(rng, new Float64Array(nIn * nOut), 0, sigma).map((w) => Math.round(w * unit) / unit || 0);
  });
  const f = (z: number) => (s.act === 'tanh' ? Math.tanh(z) : s.act === 'relu' ? Math.max(0, z) : 1 / (1 + Math.exp(-z)));
  const logit = (i: number) => {
    let a = [X[2 * i], X[2 * i + 1]];
    weights.forEach((W, l) => {
      const nIn = sizes[l];
      const z = Array.from({ length: sizes[l + 1] }, (_, j) => a.reduce((sum, v, k) => sum + W[j * nIn + k] * v, 0));
      a = l === weights.length - 1 ? z : z.map(f);
    });
    return a[0];
  };
  const score = (test: boolean) => {
    let loss = 0, right = 0, n = 0;
    Y.forEach((y, i) => {
      if (held[i] !== test) return;
      const z = logit(i);
      loss += Math.log1p(Math.exp(-(2 * y - 1) * z));
      if ((z > 0 ? 1 : 0) === y) right++;
      n++;
    });
    return { n, loss: loss / n, accuracy: right / n };
  };
  const train = score(false), test = score(true);
  const N = train.n;
  const squares = weights.reduce((sum, W) => W.reduce((a, w) => a + w * w, sum), 0);
  const penalty = 0.5 * s.l2 * squares;
  const b = Math.max(1, Math.min(s.batch, Math.max(1, N)));

  // L = 1/N Σ_{i=1}^{N} ℓ(z_i, y_i) + λ/2 Σ w² = 1/N Σ … + λ/2 · Σw² ≈ loss + penalty ≈ total
  const lossEq: Expected[] = [1, 1, 2, 2, 1, N, 1, N, approx(s.l2, 4), 2, squares, ...(N > 0 ? [train.loss, penalty, train.loss + penalty] : [])];
  // the update: the rule's numbers (subscripts count), then λ, β and η (its minus read with it)
  const stepEq: Expected[] =
    s.opt === 'sgd'
      ? [approx(s.l2, 4), approx(-s.lr, 4)]
      : s.opt === 'momentum'
        ? [approx(s.l2, 4), 0.9, approx(-s.lr, 4)]
        : [1, 1, 1, 2, 1, 2, 2, 1, 1, 1, 2, approx(s.l2, 4), 0.9, 0.1, 0.999, 0.001, 2, approx(-s.lr, 4), 0.1, 0.001, 10, -8, 1];
  return {
    equations: [lossEq, stepEq, [N, b, Math.ceil(N / b)]],
    readouts: {
      epoch: '0',
      loss: N > 0 ? train.loss : 'no points',
      accuracy: N > 0 ? percent(train.accuracy) : 'no points',
      'Test loss': test.n > 0 ? test.loss : 'none held out',
      'Test accuracy': test.n > 0 ? percent(test.accuracy) : 'none held out',
      'Training points': String(N),
      'weight size': Math.sqrt(squares),
      'epochs per second': '0',
    },
    printed: {
      ...(N > 0 ? { 'loss at epoch 0': train.loss, 'accuracy at epoch 0': train.accuracy } : {}),
      ...(test.n > 0 ? { 'test loss at epoch 0': test.loss, 'test accuracy at epoch 0': test.accuracy } : {}),
    },
  };
}

const LADDER = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
const L2S = [0, 0, 0.0001, 0.001, 0.003, 0.01, 0.1];
const pick = <T,>(random: () => number, options: readonly T[]) => options[Math.floor(random() * options.length)];
const somePoints = (random: () => number, n: number) =>
  Array.from({ length: n }, () => `${Math.round(random() * 300 - 150)},${Math.round(random() * 300 - 150)},${random() < 0.5 ? 0 : 1}`).join('_');

/** Rates from the η and λ ladders (the only ones their sliders give); everything else anywhere in range. */
export function sample(random: () => number, defaults: TrainingState): TrainingState {
  const dataset = pick(random, ['xor', 'circles', 'moons', 'spiral', 'own'] as const);
  return {
    ...defaults,
    dataset,
    points: dataset === 'own' || random() < 0.3 ? somePoints(random, Math.floor(random() * 12)) : '',
    test: 10 * Math.floor(random() * 6),
    noise: Math.round(random() * 10) / 20,
    act: pick(random, ['tanh', 'relu', 'sigmoid'] as const),
    init: pick(random, ['zero', 'small', 'large', 'xavier', 'he'] as const),
    hidden: Math.floor(random() * 7),
    units: 1 + Math.floor(random() * 8),
    lr: pick(random, LADDER),
    batch: 1 + Math.floor(random() * 64),
    opt: pick(random, ['sgd', 'momentum', 'adam'] as const),
    l2: pick(random, L2S),
    seed: Math.floor(random() * 1_000_000),
    draw: random() < 0.3 ? 1 + Math.floor(random() * 1000) : 0,
  };
}
