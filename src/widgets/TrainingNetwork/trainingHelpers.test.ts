import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createTrainingSession, sessionSnapshot, trainSession } from '../../core';
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
  const codeAt = (config: Parameters<typeof createTrainingSession>[0], epoch: number) =>
    trainingCode({ ...config, start: createTrainingSession(config), lr: 0.03, batch: 10, epoch });

  it('builds the same network in PyTorch and NumPy, from the points and weights written in', () => {
    const code = codeAt(base, 120);
    for (const layer of ['nn.Linear(2, 4)', 'nn.Linear(4, 4)', 'nn.Linear(4, 1)']) expect(code.pytorch).toContain(layer);
    expect(code.pytorch.match(/nn\.Tanh\(\)/g)).toHaveLength(2);
    expect(code.pytorch).toContain('batch_size=B');
    expect(code.numpy).toContain('eta, B, epochs = 0.03, 10, 120');
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
