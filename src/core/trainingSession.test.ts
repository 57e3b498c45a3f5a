import { describe, expect, it } from 'vitest';
import { makeDataset } from './datasets';
import { createHistory, recordLoss } from './lossHistory';
import { createMlp, type Mlp } from './mlp';
import {
  BOUNDARY_EXTENT, BOUNDARY_GRID, SESSION_POINTS, boundaryCoord, boundaryGrid, classifierSizes, createTrainingSession,
  sessionSnapshot, setSessionOptimizer, trainingStart, trainSession, UNIT_GRID, type TrainingConfig,
} from './trainingSession';
import { createRng } from './rng';

const base: TrainingConfig = { dataset: 'xor', noise: 0, act: 'tanh', init: 'xavier', hidden: 2, units: 4, seed: 42 };

/** An independent forward pass, row by row, straight from the definition z = Wa + b. */
function handLogit(mlp: Mlp, x1: number, x2: number): number {
  let a = [x1, x2];
  mlp.weights.forEach((W, l) => {
    const z = Array.from({ length: W.rows }, (_, j) => a.reduce((sum, v, k) => sum + W.data[j * W.cols + k] * v, mlp.biases[l][j]));
    a = l === mlp.weights.length - 1 ? z : z.map(Math.tanh);
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

describe('training session', () => {
  it('classifierSizes(hidden, units) lists 2 inputs, the hidden layers, one output', () => {
    expect(classifierSizes(2, 4)).toEqual([2, 4, 4, 1]);
    expect(classifierSizes(0, 8)).toEqual([2, 1]);
    expect(classifierSizes(6, 8)).toEqual([2, 8, 8, 8, 8, 8, 8, 1]);
  });

  it('boundaryCoord puts cell centres inside [−EXTENT, EXTENT]', () => {
    expect(boundaryCoord(0)).toBeCloseTo(-1.5 + 1.5 / 60, 12);
    expect(boundaryCoord(BOUNDARY_GRID - 1)).toBeCloseTo(1.5 - 1.5 / 60, 12);
    expect(BOUNDARY_EXTENT).toBe(1.5);
  });

  it('starts from the seeded data and weights kept to whole thousandths', () => {
    const { X, mlp } = trainingStart({ ...base, noise: 0.2 });
    const raw = makeDataset('xor', SESSION_POINTS, 0.2, 42).X.data;
    const rawW = createMlp({ sizes: [2, 4, 4, 1], activation: 'tanh', init: 'xavier', seed: 43 }).weights;
    const thousandths = (v: number, near: number) => {
      expect(Number.isInteger(Math.round(v * 1000)) && Math.round(v * 1000) / 1000 === v).toBe(true);
      expect(Math.abs(v - near)).toBeLessThanOrEqual(0.0005 + 1e-12);
    };
    X.data.forEach((v, i) => thousandths(v, raw[i]));
    mlp.weights.forEach((W, l) => W.data.forEach((w, i) => thousandths(w, rawW[l].data[i])));
    expect(mlp.biases.every((b) => b.every((v) => v === 0))).toBe(true);
  });

  it('the heat map holds 2σ(z) − 1 of a hand-computed forward pass', () => {
    const s = createTrainingSession(base);
    const g = boundaryGrid(s);
    for (const [r, c] of [[0, 0], [10, 45], [59, 30]]) {
      const z = handLogit(s.mlp, boundaryCoord(c), boundaryCoord(r));
      expect(g[r * BOUNDARY_GRID + c]).toBeCloseTo(2 / (1 + Math.exp(-z)) - 1, 5);
    }
  });

  it('the untrained loss is the mean of ln(1 + e^{−(2y−1)z}) over the 250 points', () => {
    const s = createTrainingSession(base);
    let sum = 0;
    for (let i = 0; i < SESSION_POINTS; i++) {
      const z = handLogit(s.mlp, s.X.data[2 * i], s.X.data[2 * i + 1]);
      sum += Math.log(1 + Math.exp(-(2 * s.y[i] - 1) * z));
    }
    const snap = sessionSnapshot(s);
    expect(snap.epoch).toBe(0);
    expect(snap.loss).toBeCloseTo(sum / SESSION_POINTS, 10);
  });

  it('is reproducible: the same config trains to the same numbers', () => {
    const a = createTrainingSession(base), b = createTrainingSession(base);
    trainSession(a, 0.03, 10, 20);
    trainSession(b, 0.03, 10, 20);
    expect(sessionSnapshot(a).loss).toBe(sessionSnapshot(b).loss);
    expect(a.epoch).toBe(20);
  });

  it('raises no false alarm on noisy data with single-point steps', () => {
    const s = createTrainingSession({ ...base, dataset: 'moons', noise: 0.5 });
    expect(trainSession(s, 0.3, 1, 100)).toBe(100);
    expect(s.diverged).toBe(false);
  });

  it('learns XOR with ReLU and He to a loss below 0.05 in 200 epochs', () => {
    const s = createTrainingSession({ ...base, act: 'relu', init: 'he' });
    trainSession(s, 0.03, 10, 200);
    const snap = sessionSnapshot(s);
    expect(snap.loss).toBeLessThan(0.05);
    expect(snap.accuracy).toBe(1);
  });

  it('detects divergence and stops: η = 10 on the 2-4-4-1 tanh network', () => {
    const s = createTrainingSession(base);
    const ran = trainSession(s, 10, 10, 1000);
    expect(s.diverged).toBe(true);
    expect(ran).toBeLessThan(1000);
    expect(trainSession(s, 0.03, 10, 10)).toBe(0);
    const snap = sessionSnapshot(s);
    expect(snap.diverged).toBe(true);
    expect(Number.isNaN(snap.loss)).toBe(true);
  });
});

describe('the training lab: own points, held-out data, starts, optimisers', () => {
  it('adds the reader’s points after the generated ones; "own" trains on them alone', () => {
    const s = createTrainingSession({ ...base, points: '50,-25,1_-100,100,0' });
    expect(s.X.rows).toBe(SESSION_POINTS + 2);
    expect([s.X.data[2 * 250], s.X.data[2 * 250 + 1], s.y[250]]).toEqual([0.5, -0.25, 1]);
    expect([s.X.data[2 * 251], s.X.data[2 * 251 + 1], s.y[251]]).toEqual([-1, 1, 0]);
    const own = createTrainingSession({ ...base, dataset: 'own', points: '50,-25,1_-100,100,0_10,10,1' });
    expect(own.train.X.rows).toBe(3);
    expect(trainSession(own, 0.1, 10, 5)).toBe(5);
  });

  it('with no training points it neither trains nor calls it divergence', () => {
    const s = createTrainingSession({ ...base, dataset: 'own', points: '' });
    expect(trainSession(s, 0.03, 10, 10)).toBe(0);
    const snap = sessionSnapshot(s);
    expect(snap.trainCount).toBe(0);
    expect(snap.diverged).toBe(false);
    expect(Number.isNaN(snap.loss)).toBe(true);
  });

  it('holds out the points whose draw from seed + 3 falls below the share, and scores them apart', () => {
    const s = createTrainingSession({ ...base, testShare: 0.3 });
    const u = createRng(45);
    let held = 0;
    for (let i = 0; i < SESSION_POINTS; i++) {
      const out = u.uniform() < 0.3;
      expect(s.isTest[i]).toBe(out ? 1 : 0);
      if (out) held++;
    }
    const snap = sessionSnapshot(s);
    expect([snap.trainCount, snap.testCount]).toEqual([SESSION_POINTS - held, held]);
    let sum = 0;
    for (let i = 0; i < held; i++) {
      const z = handLogit(s.mlp, s.test.X.data[2 * i], s.test.X.data[2 * i + 1]);
      sum += Math.log(1 + Math.exp(-(2 * s.test.y[i] - 1) * z));
    }
    expect(snap.testLoss).toBeCloseTo(sum / held, 10);
    trainSession(s, 0.03, 10, 30);
    const after = sessionSnapshot(s);
    expect(after.testEpochs).toEqual(after.historyEpochs);
    expect(after.testLosses.every(Number.isFinite)).toBe(true);
  });

  it('zero weights stay symmetric: the hidden weights get no gradient, only the output bias moves', () => {
    const s = createTrainingSession({ ...base, init: 'zero' });
    trainSession(s, 0.1, 10, 20);
    expect(s.mlp.weights.every((W) => W.data.every((w) => w === 0))).toBe(true);
    expect(s.mlp.biases[2][0]).not.toBe(0);
  });

  it('too small and too large starts draw N(0, 0.01²) and N(0, 3²); Resample draws other weights, same data', () => {
    const small = trainingStart({ ...base, init: 'small' }).mlp.weights.flatMap((W) => [...W.data]);
    const large = trainingStart({ ...base, init: 'large' }).mlp.weights.flatMap((W) => [...W.data]);
    const rms = (v: number[]) => Math.sqrt(v.reduce((a, w) => a + w * w, 0) / v.length);
    expect(rms(small)).toBeGreaterThan(0.004);
    expect(rms(small)).toBeLessThan(0.02);
    expect(rms(large)).toBeGreaterThan(1.5);
    expect(rms(large)).toBeLessThan(4.5);
    const a = trainingStart(base), b = trainingStart({ ...base, draw: 1 });
    expect(Array.from(b.X.data)).toEqual(Array.from(a.X.data));
    expect(Array.from(b.mlp.weights[0].data)).not.toEqual(Array.from(a.mlp.weights[0].data));
    // A too-large start may cost more than EXPLODED_LOSS: that is where it starts, not a divergence.
    const big = createTrainingSession({ ...base, init: 'large' });
    expect(sessionSnapshot(big).diverged).toBe(false);
  });

  it('momentum and Adam train XOR; L2 keeps the weights smaller', () => {
    const run = (name: 'sgd' | 'momentum' | 'adam', l2 = 0) => {
      const s = createTrainingSession(base);
      setSessionOptimizer(s, name, l2);
      trainSession(s, name === 'adam' ? 0.01 : 0.03, 10, 150);
      return sessionSnapshot(s);
    };
    const sgd = run('sgd'), momentum = run('momentum'), adam = run('adam');
    expect(momentum.loss).toBeLessThan(sgd.loss);
    expect(adam.loss).toBeLessThan(sgd.loss);
    expect(run('momentum', 0.1).weightSquares).toBeLessThan(momentum.weightSquares / 2);
  });

  it('each hidden unit’s thumbnail is its own output, scaled by its largest size', () => {
    const s = createTrainingSession(base);
    const snap = sessionSnapshot(s);
    expect(snap.units.length).toBe(8 * UNIT_GRID * UNIT_GRID);
    // Unit 0 of layer 1 at thumbnail cell (r, c) = grid cell (3r + 1, 3c + 1): tanh(W·x) by hand.
    const W = s.mlp.weights[0].data;
    const raw = (r: number, c: number) => Math.tanh(W[0] * boundaryCoord(3 * c + 1) + W[1] * boundaryCoord(3 * r + 1));
    let largest = 0;
    for (let r = 0; r < UNIT_GRID; r++) for (let c = 0; c < UNIT_GRID; c++) largest = Math.max(largest, Math.abs(raw(r, c)));
    expect(snap.units[5 * UNIT_GRID + 7]).toBeCloseTo(raw(5, 7) / largest, 6);
  });
});
