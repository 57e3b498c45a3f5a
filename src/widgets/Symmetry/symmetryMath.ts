import { createMlp, createRng, createTrainer, matrix, type Mlp } from '../../core';
import { LEARNING_RATE, MAX_STEPS, type SymmetryState } from './params';

/** The task: XOR on ±1 inputs — the output should be 1 when the two inputs differ. */
export const XOR_X = [-1, -1, -1, 1, 1, -1, 1, 1];
export const XOR_Y = [0, 1, 1, 0];

/**
 * The 2-2-1 network (tanh hidden units, a sigmoid output read through cross-entropy) at step 0.
 * Random: Xavier weights from the seed, biases 0. Equal: the same draw, then hidden neuron 2 gets
 * a copy of neuron 1's incoming weights and of its outgoing weight, so the two are interchangeable.
 */
export function initialNetwork(start: SymmetryState['start'], seed: number): Mlp {
  const mlp = createMlp({ sizes: [2, 2, 1], activation: 'tanh', init: 'xavier', seed });
  if (start === 'equal') {
    const W1 = mlp.weights[0].data; // row j = weights into hidden neuron j
    W1[2] = W1[0];
    W1[3] = W1[1];
    mlp.biases[0][1] = mlp.biases[0][0];
    const W2 = mlp.weights[1].data;
    W2[1] = W2[0];
  }
  return mlp;
}

export interface Trajectory {
  /** w[j][k][t]: weight from input k into hidden neuron j after t steps (t = 0 … MAX_STEPS). */
  w: [[Float64Array, Float64Array], [Float64Array, Float64Array]];
  /** Hidden biases b[j][t]. */
  b: [Float64Array, Float64Array];
  /** Mean cross-entropy loss before step t + 1 (at the weights of step t). */
  loss: Float64Array;
  /** ‖(w₁, b₁) − (w₂, b₂)‖ of the two hidden neurons after t steps. */
  difference: Float64Array;
  steps: Float64Array;
}

/** Full-batch gradient descent on XOR for MAX_STEPS steps, every step recorded. */
export function trainTrajectory(start: SymmetryState['start'], seed: number): Trajectory {
  const mlp = initialNetwork(start, seed);
  const X = matrix(4, 2, XOR_X);
  // One batch of all four rows: each epoch is one full-batch gradient step (the order is irrelevant).
  const trainer = createTrainer(mlp, 4);
  const rng = createRng(seed);
  const n = MAX_STEPS + 1;
  const col = () => new Float64Array(n);
  const t: Trajectory = { w: [[col(), col()], [col(), col()]], b: [col(), col()], loss: col(), difference: col(), steps: col() };
  for (let step = 0; step < n; step++) {
    const W1 = mlp.weights[0].data, b1 = mlp.biases[0];
    t.w[0][0][step] = W1[0]; t.w[0][1][step] = W1[1];
    t.w[1][0][step] = W1[2]; t.w[1][1][step] = W1[3];
    t.b[0][step] = b1[0]; t.b[1][step] = b1[1];
    t.difference[step] = Math.hypot(W1[0] - W1[2], W1[1] - W1[3], b1[0] - b1[1]);
    t.steps[step] = step;
    // The loss at these weights, then one step W ← W − η ∂L/∂W (the last step's update is not recorded).
    t.loss[step] = trainer.epoch(X, XOR_Y, LEARNING_RATE, rng);
  }
  return t;
}
