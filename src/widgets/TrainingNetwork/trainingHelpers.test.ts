import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportModel, EXPORT_FILE } from './exportModel';
import { createTrainingSession, sessionSnapshot, setSessionOptimizer, trainSession } from '../../core';
import { parsePrinted } from '../../test/oracle';
import { defaultsOf } from '../shared/params';
import { LR_LADDER, lrIndex, params } from './params';
import { lossTex, stepsPerEpochTex, stepTex } from './trainingTex';
import { trainingCode } from './trainingCode';
import { lossDomain, rateText } from './trainingView';
import { TrainingLoop } from './trainingLoop';
import { exercises } from './exercises';

const hasNumpy = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' }).status === 0;
const base = { dataset: 'xor', noise: 0, act: 'tanh', init: 'xavier', hidden: 2, units: 4, seed: 42 } as const;

describe('lrIndex(lr)', () => {
  it('finds the nearest rung of the log ladder', () => {
    expect(LR_LADDER[lrIndex(0.03)]).toBe(0.03);
    expect(LR_LADDER[lrIndex(0.05)]).toBe(0.03); // |ln(0.05/0.03)| = 0.51 < |ln(0.1/0.05)| = 0.69
    expect(LR_LADDER[lrIndex(0.07)]).toBe(0.1);
    expect(LR_LADDER[lrIndex(NaN)]).toBe(0.03);
    expect(LR_LADDER[lrIndex(100)]).toBe(10);
  });
});

describe('TrainingLoop', () => {
  it('plays in time slices, pauses, steps one epoch and measures its rate', () => {
    let t = 0;
    let auto = false;
    const loop = new TrainingLoop(() => (auto ? (t += 1) : t)); // while slicing, each reading advances 1 ms
    loop.handle({ type: 'init', config: base, settings: { lr: 0.03, batch: 10, opt: 'sgd', l2: 0 } });
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
    const tex = lossTex({ n: 250, loss: Math.LN2, l2: 0.01, squares: 12, diverged: false });
    expect(tex).toContain('\\frac{1}{250}');
    expect(tex).toContain('0.693');
    expect(tex).toContain('\\approx');
    // The penalty λ/2·Σw² = 0.01 / 2 · 12 = 0.06, added: 0.693 + 0.06 = 0.753.
    expect(tex).toContain('\\frac{0.01}{2}\\cdot 12');
    expect(tex).toContain('+ 0.06 \\approx 0.753');
    expect(lossTex({ n: 250, loss: NaN, l2: 0, squares: NaN, diverged: true })).toContain('\\text{diverged}');
    expect(lossTex({ n: 250, loss: NaN, l2: 0, squares: NaN, diverged: true })).not.toMatch(/NaN/);
    expect(lossTex({ n: 0, loss: NaN, l2: 0, squares: 3, diverged: false })).toContain('no training points yet');
  });
  it('writes the step with η, B and ⌈N / B⌉ steps per epoch', () => {
    const v = { lr: 0.03, batch: 10, n: 250, l2: 0, opt: 'sgd', steps: 0 } as const;
    expect(stepTex(v)).toContain('0.03');
    expect(stepsPerEpochTex(v)).toMatch(/lceil 250 \/ 10 \\rceil = 25$/);
    expect(stepsPerEpochTex({ ...v, batch: 64 })).toMatch(/lceil 250 \/ 64 \\rceil = 4$/); // 250 / 64 = 3.9
    expect(stepsPerEpochTex({ ...v, n: 0 })).toMatch(/= 0$/);
  });
  it('writes momentum with β = 0.9 and Adam with its bias corrections for the next step', () => {
    expect(stepTex({ lr: 0.03, batch: 10, n: 250, l2: 0, opt: 'momentum', steps: 0 })).toContain('0.9\\, v + g');
    // After 24 steps the next is t = 25: 1 − 0.9²⁵ = 0.928, 1 − 0.999²⁵ = 0.025 (0.0247 to 3 decimals).
    const adam = stepTex({ lr: 0.01, batch: 10, n: 250, l2: 0, opt: 'adam', steps: 24 });
    expect(adam).toContain('m / 0.928');
    expect(adam).toContain('s / 0.025');
    expect(adam).toContain('(t = 25)');
  });
});

describe('trainingCode', () => {
  const codeAt = (config: Parameters<typeof createTrainingSession>[0], epoch: number, opt: 'sgd' | 'momentum' | 'adam' = 'sgd', l2 = 0) =>
    trainingCode({ ...config, start: createTrainingSession(config), lr: 0.03, batch: 10, epoch, opt, l2, draw: config.draw ?? 0 });

  it('builds the same network in PyTorch and NumPy, from the points and weights written in', () => {
    const code = codeAt(base, 120);
    for (const layer of ['nn.Linear(2, 4)', 'nn.Linear(4, 4)', 'nn.Linear(4, 1)']) expect(code.pytorch).toContain(layer);
    expect(code.pytorch.match(/nn\.Tanh\(\)/g)).toHaveLength(2);
    expect(code.pytorch).toContain('batch_size=B');
    expect(code.numpy).toContain('eta, B, lam, epochs = 0.03, 10, 0.0, 120');
    expect(code.numpy).toContain('.reshape(4, 2) / 1000');
    expect(code.numpy).toContain('y = np.arange(250) % 2');
    expect(code.numpy).not.toMatch(/# X:/); // the data is code, not a comment
  });

  it('a network without hidden layers has one Linear and no activation', () => {
    const code = codeAt({ ...base, hidden: 0, init: 'he', act: 'relu' }, 0);
    expect(code.pytorch).toContain('nn.Linear(2, 1)');
    expect(code.pytorch).not.toContain('nn.ReLU()');
    expect(code.numpy).toContain('He: Var(w) = 2 / n_in');
    expect(code.numpy).not.toContain('loss after');
  });

  it.skipIf(!hasNumpy)('trains in NumPy as the figure does: from its loss at epoch 0 to near its loss after 100 epochs', () => {
    const config = { ...base, act: 'relu', init: 'he' } as const;
    const session = createTrainingSession(config);
    const before = sessionSnapshot(session).loss;
    trainSession(session, 0.03, 10, 100);
    const after = sessionSnapshot(session).loss;
    const run = spawnSync('python3', ['-c', codeAt(config, 100).numpy], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const printed = parsePrinted(run.stdout);
    expect(printed.get('loss at epoch 0')?.values[0]).toBeCloseTo(before, 12);
    const trained = printed.get("loss after 100 epochs (NumPy's shuffle)")!.values[0];
    expect(trained).toBeLessThan(before / 4);
    expect(Math.abs(trained - after)).toBeLessThan(0.05); // another shuffle: near, not equal
  });

  it.skipIf(!hasNumpy)('momentum and Adam with L2, held-out points and your own points train in NumPy as in the figure', () => {
    for (const opt of ['momentum', 'adam'] as const) {
      const config = { ...base, testShare: 0.3, points: '50,50,1_-50,-50,1' };
      const session = createTrainingSession(config);
      setSessionOptimizer(session, opt, 0.001);
      const before = sessionSnapshot(session);
      trainSession(session, 0.03, 10, 60);
      const after = sessionSnapshot(session).loss;
      const run = spawnSync('python3', ['-c', codeAt(config, 60, opt, 0.001).numpy], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const printed = parsePrinted(run.stdout);
      expect(printed.get('loss at epoch 0')?.values[0]).toBeCloseTo(before.loss, 12);
      expect(printed.get('test loss at epoch 0')?.values[0]).toBeCloseTo(before.testLoss, 12);
      expect(printed.get('test accuracy at epoch 0')?.values[0]).toBeCloseTo(before.testAccuracy, 12);
      const trained = printed.get("loss after 60 epochs (NumPy's shuffle)")!.values[0];
      expect(trained).toBeLessThan(before.loss / 2);
      expect(Math.abs(trained - after)).toBeLessThan(0.1);
    }
  });

  it.skipIf(!hasNumpy)("the NumPy code scores Export's file at the accuracy the figure shows", () => {
    const config = { ...base, dataset: 'moons', noise: 0.2, testShare: 0.2 } as const;
    const session = createTrainingSession(config);
    trainSession(session, 0.03, 10, 15);
    const snap = sessionSnapshot(session);
    const model = exportModel('tanh', snap, session);
    expect(Object.keys(model)).toEqual(['activation', 'layers', 'output', 'data']);
    expect(model.layers.map((l) => [l.W.length, l.W[0].length, l.b.length])).toEqual([[4, 2, 4], [4, 4, 4], [1, 4, 1]]);
    expect(model.data.x.length).toBe(snap.trainCount);
    const dir = mkdtempSync(join(tmpdir(), 'nn-export-'));
    try {
      writeFileSync(join(dir, EXPORT_FILE), JSON.stringify(model));
      const run = spawnSync('python3', ['-c', codeAt(config, 0).numpy], { encoding: 'utf8', cwd: dir });
      expect(run.stderr).toBe('');
      expect(parsePrinted(run.stdout).get('accuracy of the exported network')?.values[0]).toBeCloseTo(snap.accuracy, 12);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('trainingView', () => {
  it('lossDomain covers the losses in whole decades', () => {
    expect(lossDomain([0.5, 0.02])).toEqual([0.01, 1]);
    expect(lossDomain([5e-4, 3])).toEqual([1e-4, 10]);
    expect(lossDomain([NaN, Infinity])).toEqual([0.01, 1]);
  });
  it('rateText shows whole epochs per second, 0 before any timed run', () => {
    expect(rateText(0)).toBe('0');
    expect(rateText(NaN)).toBe('0');
    expect(rateText(1234.4)).toBe('1,234');
  });
});

describe('exercises', () => {
  it('are solved only by a low enough loss on the right data set', () => {
    const d = defaultsOf(params);
    const [xor, spiral] = exercises;
    expect(xor.check(d)).toBe(false);
    expect(xor.check({ ...d, best: 0.04 })).toBe(true);
    expect(spiral.check({ ...d, best: 0.04 })).toBe(false);
    expect(spiral.check({ ...d, dataset: 'spiral', best: 0.09 })).toBe(true);
    expect(spiral.check({ ...d, dataset: 'spiral', best: 0.2 })).toBe(false);
  });
});
