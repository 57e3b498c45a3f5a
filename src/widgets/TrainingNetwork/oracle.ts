import { createRng, fillNormal, makeDataset } from '../../core';
import { approx, type OracleView } from '../../test/oracle';
import type { TrainingState } from './params';

const N = 250;
const thousandths = (v: number) => Math.round(v * 1000) / 1000;

/**
 * The untrained figure by hand: the points (the core's seeded data set), weights drawn N(0, σ²)
 * from seed + 1 layer by layer (Xavier σ² = 2 / (n_in + n_out), He σ² = 2 / n_in), both kept to
 * thousandths, biases 0; then a plain forward pass, the mean of ln(1 + e^{−(2y−1)z}) and the share
 * with [z > 0] = y.
 */
export function oracle(s: TrainingState): OracleView {
  const X = makeDataset(s.dataset, N, s.noise, s.seed).X.data.map(thousandths);
  const sizes = [2, ...Array.from({ length: s.hidden }, () => s.units), 1];
  const rng = createRng(s.seed + 1);
  const weights = sizes.slice(1).map((nOut, l) => {
    const nIn = sizes[l];
    const variance = s.init === 'xavier' ? 2 / (nIn + nOut) : 2 / nIn;
    return fillNormal(rng, new Float64Array(nIn * nOut), 0, Math.sqrt(variance)).map(thousandths);
  });
  const f = (z: number) => (s.act === 'tanh' ? Math.tanh(z) : s.act === 'relu' ? Math.max(0, z) : 1 / (1 + Math.exp(-z)));
  let loss = 0;
  let right = 0;
  for (let i = 0; i < N; i++) {
    let a = [X[2 * i], X[2 * i + 1]];
    weights.forEach((W, l) => {
      const nIn = sizes[l];
      const z = Array.from({ length: sizes[l + 1] }, (_, j) => a.reduce((sum, v, k) => sum + W[j * nIn + k] * v, 0));
      a = l === weights.length - 1 ? z : z.map(f);
    });
    const y = i % 2;
    loss += Math.log1p(Math.exp(-(2 * y - 1) * a[0]));
    if ((a[0] > 0 ? 1 : 0) === y) right++;
  }
  loss /= N;
  const accuracy = right / N;
  const steps = Math.ceil(N / s.batch);
  return {
    equations: [
      // L = 1/N Σ_{i=1}^{N} ℓ(z_i, y_i) = 1/250 Σ_{i=1}^{250} … ≈ loss
      [1, 1, 1, N, 1, N, loss],
      // w ← w − η ∂L_B/∂w = w − lr · ∂L_B/∂w: the minus reads with η's value
      [approx(-s.lr, 4)],
      [N, s.batch, steps],
    ],
    // right / 250 is a whole multiple of 0.4 %, so one decimal shows it exactly; as text, since the
    // readout writes a no-break space before "%" (which the shared number reader does not take).
    readouts: { epoch: '0', loss, accuracy: `${Number((100 * accuracy).toFixed(1))}\u00a0%`, 'epochs per second': '0' },
    printed: { 'loss at epoch 0': loss, 'accuracy at epoch 0': accuracy },
  };
}

const LADDER = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
const pick = <T,>(random: () => number, options: readonly T[]) => options[Math.floor(random() * options.length)];

/** Rates from the η ladder (the only ones its slider gives); everything else anywhere in range. */
export function sample(random: () => number, defaults: TrainingState): TrainingState {
  return {
    ...defaults,
    dataset: pick(random, ['xor', 'circles', 'moons', 'spiral'] as const),
    noise: Math.round(random() * 10) / 20,
    act: pick(random, ['tanh', 'relu', 'sigmoid'] as const),
    init: pick(random, ['xavier', 'he'] as const),
    hidden: Math.floor(random() * 7),
    units: 1 + Math.floor(random() * 8),
    lr: pick(random, LADDER),
    batch: 1 + Math.floor(random() * 64),
    seed: Math.floor(random() * 1_000_000),
  };
}
