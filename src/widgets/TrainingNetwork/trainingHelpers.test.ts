import { describe, expect, it } from 'vitest';
import { createMlp, makeDataset } from '../../core';
import { createHistory, recordLoss } from './lossHistory';
import { LR_LADDER, lrIndex, trainingSchema } from './trainingState';
import {
  createSession, EXTENT, GRID, gridCoord, gridValues, layerSizes, N_POINTS, snapshotOf, trainEpochs,
} from './trainingEngine';
import { lossTex, stepsPerEpochTex, stepTex } from './trainingTex';
import { trainingCode } from './trainingCode';
import { lossDomain, rateText } from './trainingView';
import { TrainingLoop } from './trainingLoop';
import { exercises } from './exercises';
import { defaultsOf } from '../shared/params';

const base = { dataset: 'xor', noise: 0, act: 'tanh', init: 'xavier', hidden: 2, units: 4, seed: 42 } as const;

/** An independent forward pass, row by row, straight from the definition z = Wa + b. */
function handLogit(sizes: number[], act: 'tanh' | 'relu' | 'sigmoid', seed: number, x1: number, x2: number): number {
  const mlp = createMlp({ sizes, activation: act, init: 'xavier', seed });
  let a = [x1, x2];
  mlp.weights.forEach((W, l) => {
    const z = Array.from({ length: W.rows }, (_, j) => a.reduce((sum, v, k) => sum + W.data[j * W.cols + k] * v, mlp.biases[l][j]));
    const last = l === mlp.weights.length - 1;
    a = last ? z : z.map((v) => (act === 'tanh' ? Math.tanh(v) : act === 'relu' ? Math.max(0, v) : 1 / (1 + Math.exp(-v))));
  });
  return a[0];
}

describe('recordLoss(history, epoch, loss)', () => {
  it('keeps at most capacity samples, evenly strided, with their own losses', () => {
    const h = createHistory(8);
    for (let e = 1; e <= 1000; e++) recordLoss(h, e, 1 / e);
    expect(h.epochs.length).toBeLessThanOrEqual(8);
    expect(h.epochs.length).toBeGreaterThanOrEqual(4);
    h.epochs.forEach((e, i) => {
      expect(e % h.stride).toBe(0);
      expect(h.losses[i]).toBe(1 / e);
    });
    expect(h.stride).toBe(128); // 1000 epochs in ≤ 8 samples: 1000 / 128 ≈ 7.8
  });
});

describe('lrIndex(lr)', () => {
  it('finds the nearest rung of the log ladder', () => {
    expect(LR_LADDER[lrIndex(0.03)]).toBe(0.03);
    expect(LR_LADDER[lrIndex(0.05)]).toBe(0.03); // |ln(0.05/0.03)| = 0.51 < |ln(0.1/0.05)| = 0.69
    expect(LR_LADDER[lrIndex(0.07)]).toBe(0.1);
    expect(LR_LADDER[lrIndex(NaN)]).toBe(0.03);
    expect(LR_LADDER[lrIndex(100)]).toBe(10);
  });
});

describe('training engine', () => {
  it('layerSizes(hidden, units) lists 2 inputs, the hidden layers, one output', () => {
    expect(layerSizes(2, 4)).toEqual([2, 4, 4, 1]);
    expect(layerSizes(0, 8)).toEqual([2, 1]);
    expect(layerSizes(6, 8)).toEqual([2, 8, 8, 8, 8, 8, 8, 1]);
  });

  it('gridCoord puts cell centres inside [−EXTENT, EXTENT]', () => {
    expect(gridCoord(0)).toBeCloseTo(-1.5 + 1.5 / 60, 12);
    expect(gridCoord(GRID - 1)).toBeCloseTo(1.5 - 1.5 / 60, 12);
    expect(EXTENT).toBe(1.5);
  });

  it('the heat map holds 2σ(z) − 1 of a hand-computed forward pass', () => {
    const s = createSession(base);
    const g = gridValues(s);
    for (const [r, c] of [[0, 0], [10, 45], [59, 30]]) {
      const z = handLogit([2, 4, 4, 1], 'tanh', 43, gridCoord(c), gridCoord(r));
      expect(g[r * GRID + c]).toBeCloseTo(2 / (1 + Math.exp(-z)) - 1, 5);
    }
  });

  it('the untrained loss is the mean of ln(1 + e^{−(2y−1)z}) over the 250 points', () => {
    const s = createSession(base);
    const { X, y } = makeDataset('xor', N_POINTS, 0, 42);
    let sum = 0;
    for (let i = 0; i < N_POINTS; i++) {
      const z = handLogit([2, 4, 4, 1], 'tanh', 43, X.data[2 * i], X.data[2 * i + 1]);
      sum += Math.log(1 + Math.exp(-(2 * y[i] - 1) * z));
    }
    const snap = snapshotOf(s);
    expect(snap.epoch).toBe(0);
    expect(snap.loss).toBeCloseTo(sum / N_POINTS, 10);
  });

  it('is reproducible: the same config trains to the same numbers', () => {
    const a = createSession(base), b = createSession(base);
    trainEpochs(a, 0.03, 10, 20);
    trainEpochs(b, 0.03, 10, 20);
    expect(snapshotOf(a).loss).toBe(snapshotOf(b).loss);
    expect(a.epoch).toBe(20);
  });

  it('raises no false alarm on noisy data with single-point steps', () => {
    const s = createSession({ ...base, dataset: 'moons', noise: 0.5 });
    expect(trainEpochs(s, 0.3, 1, 100)).toBe(100);
    expect(s.diverged).toBe(false);
  });

  it('learns XOR with ReLU and He to a loss below 0.05 in 200 epochs', () => {
    const s = createSession({ ...base, act: 'relu', init: 'he' });
    trainEpochs(s, 0.03, 10, 200);
    const snap = snapshotOf(s);
    expect(snap.loss).toBeLessThan(0.05);
    expect(snap.accuracy).toBe(1);
  });

  it('detects divergence and stops: η = 10 on the 2-4-4-1 tanh network', () => {
    const s = createSession(base);
    const ran = trainEpochs(s, 10, 10, 1000);
    expect(s.diverged).toBe(true);
    expect(ran).toBeLessThan(1000);
    expect(trainEpochs(s, 0.03, 10, 10)).toBe(0);
    const snap = snapshotOf(s);
    expect(snap.diverged).toBe(true);
    expect(Number.isNaN(snap.loss)).toBe(true);
  });
});

describe('TrainingLoop', () => {
  it('plays in time slices, pauses, steps one epoch and measures its rate', () => {
    let t = 0;
    let auto = false;
    const loop = new TrainingLoop(() => (auto ? (t += 1) : t)); // while slicing, each reading advances 1 ms
    loop.handle({ type: 'init', config: base, lr: 0.03, batch: 10 });
    loop.handle({ type: 'step' });
    expect(loop.snapshot()?.epoch).toBe(1);
    loop.handle({ type: 'play' });
    auto = true;
    loop.slice(8);
    auto = false;
    const snap = loop.snapshot()!;
    expect(snap.running).toBe(true);
    // Deadline 8 ms after the first reading; the clock is read once per 4 epochs → 8 readings, 32 epochs.
    expect(snap.epoch).toBe(1 + 32);
    expect(snap.playedEpochs).toBe(32);
    expect(snap.rate).toBeCloseTo((32 * 1000) / snap.playedMs, 10);
    loop.handle({ type: 'pause' });
    expect(loop.snapshot()?.running).toBe(false);
  });
});

describe('trainingTex', () => {
  it('writes the mean cross-entropy with N and the current loss', () => {
    const tex = lossTex({ n: 250, loss: Math.LN2, diverged: false });
    expect(tex).toContain('\\frac{1}{250}');
    expect(tex).toContain('0.693');
    expect(tex).toContain('\\approx');
    expect(lossTex({ n: 250, loss: NaN, diverged: true })).toContain('\\text{diverged}');
    expect(lossTex({ n: 250, loss: NaN, diverged: true })).not.toMatch(/NaN/);
  });
  it('writes the step with η, B and ⌈N / B⌉ steps per epoch', () => {
    expect(stepTex({ lr: 0.03, batch: 10, n: 250 })).toContain('0.03');
    expect(stepsPerEpochTex({ lr: 0.03, batch: 10, n: 250 })).toMatch(/lceil 250 \/ 10 \\rceil = 25$/);
    expect(stepsPerEpochTex({ lr: 0.03, batch: 64, n: 250 })).toMatch(/lceil 250 \/ 64 \\rceil = 4$/); // 250 / 64 = 3.9
  });
});

describe('trainingCode', () => {
  it('builds the same network in PyTorch and NumPy', () => {
    const code = trainingCode({ ...base, lr: 0.03, batch: 10, epoch: 120 });
    expect(code.pytorch).toContain('nn.Linear(2, 4)');
    expect(code.pytorch).toContain('nn.Linear(4, 4)');
    expect(code.pytorch).toContain('nn.Linear(4, 1)');
    expect(code.pytorch.match(/nn\.Tanh\(\)/g)).toHaveLength(2);
    expect(code.pytorch).toContain('lr=0.03');
    expect(code.pytorch).toContain('batch_size=10');
    expect(code.pytorch).toContain('loss.backward()');
    expect(code.pytorch).toContain('optimizer.step()');
    expect(code.numpy).toContain('sizes = [2, 4, 4, 1]');
    expect(code.numpy).toContain('np.sqrt(2 / (m + n))');
    expect(code.numpy).toContain('range(120)');
  });
  it('a network without hidden layers has one Linear and no activation', () => {
    const code = trainingCode({ ...base, hidden: 0, init: 'he', act: 'relu', lr: 1, batch: 1, epoch: 0 });
    expect(code.pytorch).toContain('nn.Linear(2, 1)');
    expect(code.pytorch).not.toContain('nn.ReLU()');
    expect(code.pytorch).toContain('kaiming_normal_');
    expect(code.numpy).toContain('np.sqrt(2 / m)');
  });
});

describe('trainingView', () => {
  it('lossDomain covers the losses in whole decades', () => {
    expect(lossDomain([0.5, 0.02])).toEqual([0.01, 1]);
    expect(lossDomain([5e-4, 3])).toEqual([1e-4, 10]);
    expect(lossDomain([NaN, Infinity])).toEqual([0.01, 1]);
  });
  it('rateText shows whole epochs per second or a dash', () => {
    expect(rateText(0)).toBe('—');
    expect(rateText(NaN)).toBe('—');
    expect(rateText(1234.4)).toBe('1,234');
  });
});

describe('exercises', () => {
  it('are solved only by a low enough loss on the right data set', () => {
    const d = defaultsOf(trainingSchema);
    const [xor, spiral] = exercises;
    expect(xor.check(d)).toBe(false);
    expect(xor.check({ ...d, best: 0.04 })).toBe(true);
    expect(spiral.check({ ...d, best: 0.04 })).toBe(false);
    expect(spiral.check({ ...d, dataset: 'spiral', best: 0.09 })).toBe(true);
    expect(spiral.check({ ...d, dataset: 'spiral', best: 0.2 })).toBe(false);
  });
});
