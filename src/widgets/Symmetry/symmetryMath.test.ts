import { describe, expect, it } from 'vitest';
import { initialNetwork, trainTrajectory, XOR_X, XOR_Y } from './symmetryMath';
import { differenceTex } from './symmetryTex';
import { symmetryCode } from './symmetryCode';
import { exercises } from './exercises';
import { LEARNING_RATE, MAX_STEPS } from './params';

/** One full-batch step of a 2-2-1 tanh / sigmoid-cross-entropy network, backprop written out by hand. */
function handStep(W1: number[], b1: number[], W2: number[], b2: number, lr: number) {
  const gW1 = [0, 0, 0, 0], gb1 = [0, 0], gW2 = [0, 0];
  for (let r = 0; r < 4; r++) {
    const x = [XOR_X[2 * r], XOR_X[2 * r + 1]];
    const h = [0, 1].map((j) => Math.tanh(W1[2 * j] * x[0] + W1[2 * j + 1] * x[1] + b1[j]));
    const p = 1 / (1 + Math.exp(-(W2[0] * h[0] + W2[1] * h[1] + b2)));
    const dz2 = (p - XOR_Y[r]) / 4; // ∂L/∂z for the mean cross-entropy
    for (let j = 0; j < 2; j++) {
      gW2[j] += dz2 * h[j];
      const dz1 = dz2 * W2[j] * (1 - h[j] * h[j]);
      gb1[j] += dz1;
      gW1[2 * j] += dz1 * x[0];
      gW1[2 * j + 1] += dz1 * x[1];
    }
  }
  return { W1: W1.map((w, i) => w - lr * gW1[i]), b1: b1.map((b, j) => b - lr * gb1[j]) };
}

describe('trainTrajectory(start, seed)', () => {
  it('takes the same first step as backpropagation by hand', () => {
    const net = initialNetwork('random', 42);
    const W1 = Array.from(net.weights[0].data), W2 = Array.from(net.weights[1].data);
    const next = handStep(W1, [0, 0], W2, 0, LEARNING_RATE);
    const t = trainTrajectory('random', 42);
    expect(t.w[0][0][1]).toBeCloseTo(next.W1[0], 12);
    expect(t.w[0][1][1]).toBeCloseTo(next.W1[1], 12);
    expect(t.w[1][0][1]).toBeCloseTo(next.W1[2], 12);
    expect(t.w[1][1][1]).toBeCloseTo(next.W1[3], 12);
    expect(t.b[1][1]).toBeCloseTo(next.b1[1], 12);
    // The loss at step 0 is the mean cross-entropy at the starting weights: ln 2 ≈ 0.693 when the output is near 0.5.
    expect(t.loss[0]).toBeGreaterThan(0.5);
  });

  it('keeps neurons started equal exactly equal at every step, for several seeds', () => {
    for (const seed of [1, 42, 777]) {
      const t = trainTrajectory('equal', seed);
      for (let step = 0; step <= MAX_STEPS; step++) {
        expect(t.w[0][0][step]).toBe(t.w[1][0][step]);
        expect(t.w[0][1][step]).toBe(t.w[1][1][step]);
        expect(t.difference[step]).toBe(0);
      }
    }
  });

  it('lets neurons started random part ways and solve XOR (seed 42)', () => {
    const t = trainTrajectory('random', 42);
    expect(t.difference[MAX_STEPS]).toBeGreaterThan(t.difference[0]);
    expect(t.loss[MAX_STEPS]).toBeLessThan(0.1);
    // Started equal, the same network cannot: it acts like a single hidden neuron.
    expect(trainTrajectory('equal', 42).loss[MAX_STEPS]).toBeGreaterThan(0.4);
  });
});

describe('differenceTex', () => {
  it('substitutes both neurons and writes Δ = 0 when they are equal', () => {
    const tex = differenceTex({ w11: 0.5, w12: -0.2, b1: 0, w21: 0.5, w22: -0.2, b2: 0, difference: 0 });
    expect(tex).toContain('\\begin{pmatrix} \\htmlClass{nn-term-w}{0.5} \\\\ \\htmlClass{nn-term-w}{-0.2} \\\\ \\htmlClass{nn-term-b}{0} \\end{pmatrix}');
    expect(tex).toMatch(/&= \\htmlClass\{nn-term-z\}\{0\} \\end\{aligned\}$/);
    expect(tex).toContain('\\Delta &= \\left\\lVert');
  });
});

describe('symmetryCode and exercise', () => {
  it("writes the figure's starting weights into the snippet, neuron 2 a copy of neuron 1 when started equal", () => {
    const w = initialNetwork('equal', 1).weights[0].data;
    const row = `[${w[0]}, ${w[1]}]`;
    expect(symmetryCode({ start: 'equal', steps: 10, seed: 1 }).numpy).toContain(`W1 = np.array([${row}, ${row}])`);
    expect(symmetryCode({ start: 'random', steps: 10, seed: 1 }).numpy).not.toContain(`[${row}, ${row}]`);
    expect(symmetryCode({ start: 'random', steps: 10, seed: 1 }).pytorch).toContain('for step in range(10):');
  });
  it('is solved by a random start trained 300 steps, never by an equal one', () => {
    const [ex] = exercises;
    expect(ex.check({ start: 'random', steps: 300, seed: 42 })).toBe(true);
    expect(ex.check({ start: 'equal', steps: 300, seed: 42 })).toBe(false);
    expect(ex.check({ start: 'random', steps: 10, seed: 42 })).toBe(false);
  });
});
