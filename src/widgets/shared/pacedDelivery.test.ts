import { describe, expect, it } from 'vitest';
import { MAX_INTERVAL_MS, paceInterval, pacedDelivery } from './pacedDelivery';

const PERIOD = 1000 / 60;

describe('paceInterval', () => {
  it('draws every frame when no frame was lost, at the pace asked for at the fastest', () => {
    expect(paceInterval({ frames: 30, deliveries: 30, windowMs: 500, periodMs: PERIOD, minInterval: 0, previous: 0 })).toBe(0);
    expect(paceInterval({ frames: 30, deliveries: 2, windowMs: 500, periodMs: PERIOD, minInterval: 250, previous: 250 })).toBe(250);
  });

  it('spaces deliveries so a tenth of the frames is lost: 22 of 30 lost to 8 deliveries → 2.75 frames each → 458 ms', () => {
    // 2.75 frames × 16.67 ms / 0.1 = 458.3 ms.
    expect(paceInterval({ frames: 8, deliveries: 8, windowMs: 500, periodMs: PERIOD, minInterval: 0, previous: 0 })).toBeCloseTo(458.33, 1);
  });

  it('keeps its pace through a window without deliveries, and never waits longer than the cap', () => {
    expect(paceInterval({ frames: 3, deliveries: 0, windowMs: 500, periodMs: PERIOD, minInterval: 0, previous: 458 })).toBe(458);
    expect(paceInterval({ frames: 0, deliveries: 1, windowMs: 500, periodMs: PERIOD, minInterval: 0, previous: 0 })).toBe(MAX_INTERVAL_MS);
  });
});

/**
 * A page at 60 Hz whose every delivery keeps the main thread busy for `cost` ms: a frame is
 * painted at each vsync the thread is free for. A snapshot arrives every `every` ms.
 */
function simulate(cost: number, seconds: number, every = PERIOD) {
  let now = 0;
  let busyUntil = 0;
  let callbacks: ((time: number) => void)[] = [];
  const painted: number[] = [];
  const delivered: number[] = [];
  const clock = {
    now: () => now,
    requestFrame: (callback: (time: number) => void) => callbacks.push(callback),
    cancelFrame: () => {
      callbacks = [];
    },
  };
  const paced = pacedDelivery<number>((m) => {
    delivered.push(m);
    busyUntil = now + cost;
  }, { settled: (m) => m < 0, clock });
  let nextPush = 0;
  let snapshot = 0;
  for (let vsync = PERIOD; vsync <= seconds * 1000; vsync += PERIOD) {
    while (nextPush <= vsync) {
      now = Math.max(now, nextPush);
      paced.push(++snapshot);
      nextPush += every;
    }
    if (busyUntil > vsync) continue;
    now = vsync;
    painted.push(vsync);
    const run = callbacks;
    callbacks = [];
    for (const callback of run) callback(vsync);
  }
  return { painted, delivered, paced, setNow: (t: number) => (now = t) };
}

const fpsOver = (painted: number[], from: number, to: number) => (painted.filter((t) => t > from && t <= to).length * 1000) / (to - from);

describe('pacedDelivery', () => {
  it('on a fast page (a redraw fits in its frame) delivers every frame', () => {
    const { painted, delivered } = simulate(5, 3);
    expect(fpsOver(painted, 1000, 3000)).toBeGreaterThan(59);
    expect(delivered.length).toBeGreaterThan(170);
  });

  it('on a slow page (a redraw costs 60 ms, as at 4× CPU) keeps 50+ fps after the first window, still drawing twice a second or more', () => {
    const { painted, delivered } = simulate(60, 6);
    // The first window delivers every frame it can, as an unpaced page would: ~15 fps.
    expect(fpsOver(painted, 0, 500)).toBeLessThan(20);
    expect(fpsOver(painted, 1000, 6000)).toBeGreaterThanOrEqual(50);
    expect(delivered.filter((_, i) => i > 0).length).toBeGreaterThan(10);
  });

  it('keeps 50+ fps when a redraw costs more than a window (150 ms), drawing about once a second', () => {
    const { painted, delivered } = simulate(150, 8);
    expect(fpsOver(painted, 2000, 8000)).toBeGreaterThanOrEqual(50);
    expect(delivered.length).toBeGreaterThanOrEqual(4);
  });

  it('delivers the latest snapshot only, and one that ends the run at once', () => {
    const { delivered, paced, setNow } = simulate(60, 2);
    // Snapshots come 1, 2, 3…: those skipped between deliveries are never drawn late.
    for (let i = 1; i < delivered.length; i++) expect(delivered[i]).toBeGreaterThan(delivered[i - 1]);
    const before = delivered.length;
    setNow(2000.5);
    paced.push(-1);
    expect(delivered.length).toBe(before + 1);
    expect(delivered.at(-1)).toBe(-1);
  });
});
