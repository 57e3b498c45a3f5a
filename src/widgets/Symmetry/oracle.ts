import { createMlp } from '../../core';
import type { OracleView } from '../../test/oracle';
import type { SymmetryState } from './params';

const X = [[-1, -1], [-1, 1], [1, -1], [1, 1]];
const Y = [0, 1, 1, 0];
const ETA = 0.5;

/** Random states: the schema's starts and seeds, with step counts anywhere in 0…300. */
export function sample(random: () => number): SymmetryState {
  return { start: random() < 0.5 ? 'equal' : 'random', steps: Math.floor(random() * 301), seed: Math.floor(random() * 1_000_000) };
}

/**
 * By hand: the 2-2-1 tanh network's starting weights are the core's seeded Xavier draw (neuron 2
 * copied from neuron 1 when started equal); then `steps` full-batch steps of gradient descent
 * on the mean cross-entropy, backpropagation written out with plain loops.
 */
export function oracle(s: SymmetryState): OracleView {
  const net = createMlp({ sizes: [2, 2, 1], activation: 'tanh', init: 'xavier', seed: s.seed });
  const W1 = [Array.from(net.weights[0].data.slice(0, 2)), Array.from(net.weights[0].data.slice(2, 4))];
  const W2 = Array.from(net.weights[1].data);
  if (s.start === 'equal') {
    W1[1] = [...W1[0]];
    W2[1] = W2[0];
  }
  const b1 = [0, 0];
  let b2 = 0;
  const forward = () =>
    X.map((x) => {
      const h = W1.map((row, j) => Math.tanh(row[0] * x[0] + row[1] * x[1] + b1[j]));
      return { h, z: W2[0] * h[0] + W2[1] * h[1] + b2 };
    });
  for (let step = 0; step < s.steps; step++) {
    const rows = forward();
    const gW1 = [[0, 0], [0, 0]], gb1 = [0, 0], gW2 = [0, 0];
    let gb2 = 0;
    rows.forEach(({ h, z }, r) => {
      const dz2 = (1 / (1 + Math.exp(-z)) - Y[r]) / 4;
      gb2 += dz2;
      for (let j = 0; j < 2; j++) {
        gW2[j] += dz2 * h[j];
        const dz1 = dz2 * W2[j] * (1 - h[j] * h[j]);
        gb1[j] += dz1;
        gW1[j][0] += dz1 * X[r][0];
        gW1[j][1] += dz1 * X[r][1];
      }
    });
    for (let j = 0; j < 2; j++) {
      W2[j] -= ETA * gW2[j];
      b1[j] -= ETA * gb1[j];
      W1[j][0] -= ETA * gW1[j][0];
      W1[j][1] -= ETA * gW1[j][1];
    }
    b2 -= ETA * gb2;
  }
  let loss = 0;
  forward().forEach(({ z }, r) => {
    const p = 1 / (1 + Math.exp(-z));
    loss -= (Y[r] * Math.log(p) + (1 - Y[r]) * Math.log(1 - p)) / 4;
  });
  const delta = Math.hypot(W1[0][0] - W1[1][0], W1[0][1] - W1[1][1], b1[0] - b1[1]);
  const [[w11, w12], [w21, w22]] = W1;
  return {
    // η = 0.5; Δ's symbols w_11 … b_2, then neuron 1's column, neuron 2's, and Δ.
    equations: [[ETA], [11, 12, 1, 21, 22, 2, w11, w12, b1[0], w21, w22, b1[1], delta]],
    readouts: { step: String(s.steps), 'weight difference Δ': delta, loss },
    printed: { W1: [w11, w12, w21, w22], b1, delta, loss },
  };
}
