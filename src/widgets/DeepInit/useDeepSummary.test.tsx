import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useDeepSummary } from './useDeepSummary';
import { summarizeDeepSignal, type DeepInitOptions } from './deepInitMath';

/** A stand-in Worker that records requests and answers only when the test says so. */
class FakeWorker {
  static last: FakeWorker | null = null;
  posted: { key: string; options: DeepInitOptions }[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: { key: string; options: DeepInitOptions }) {
    this.posted.push(message);
  }
  /** Answers the newest request after `ms` of (fake) computing. */
  answer(ms: number) {
    const request = this.posted[this.posted.length - 1];
    vi.advanceTimersByTime(ms);
    act(() => this.onmessage?.({ data: { key: request.key, summary: summarizeDeepSignal(request.options) } } as MessageEvent));
  }
  terminate() {}
}

const small = (width: number): DeepInitOptions => ({ layers: 2, width, batch: 16, init: 'xavier', act: 'tanh', seed: 1 });

describe('useDeepSummary', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('sends each change at once while the computation is quick', () => {
    const { rerender } = renderHook((o: DeepInitOptions) => useDeepSummary(o), { initialProps: small(16) });
    rerender(small(17));
    const worker = FakeWorker.last!;
    expect(worker.posted.map((p) => p.options.width)).toEqual([17]);
    worker.answer(5);
    rerender(small(18));
    expect(worker.posted.map((p) => p.options.width)).toEqual([17, 18]);
  });

  it('after a slow computation, waits for the controls to rest and then computes only the latest', () => {
    const { result, rerender } = renderHook((o: DeepInitOptions) => useDeepSummary(o), { initialProps: small(16) });
    rerender(small(17));
    const worker = FakeWorker.last!;
    worker.answer(400); // slow: later requests wait for a pause
    expect(result.current.pending).toBe(false);
    // A drag: a step every 30 ms, none of them sent.
    for (const width of [18, 19, 20, 21]) {
      rerender(small(width));
      act(() => vi.advanceTimersByTime(30));
    }
    expect(worker.posted).toHaveLength(1);
    expect(result.current.pending).toBe(true);
    // The reader lets go: 150 ms later, one request, for where the slider rests.
    act(() => vi.advanceTimersByTime(150));
    expect(worker.posted.map((p) => p.options.width)).toEqual([17, 21]);
    worker.answer(400);
    expect(result.current.pending).toBe(false);
    expect(result.current.summary.actVar).toEqual(summarizeDeepSignal(small(21)).actVar);
  });
  it('asks once per setting: a stale result arriving does not queue the request already out', () => {
    const { result, rerender } = renderHook((o: DeepInitOptions) => useDeepSummary(o), { initialProps: small(16) });
    rerender(small(17));
    const worker = FakeWorker.last!;
    rerender(small(18)); // while 17 is computed
    worker.answer(5); // 17 arrives (stale); 18 goes out
    expect(worker.posted.map((p) => p.options.width)).toEqual([17, 18]);
    worker.answer(5);
    expect(result.current.pending).toBe(false);
    act(() => vi.advanceTimersByTime(1000));
    expect(worker.posted.map((p) => p.options.width)).toEqual([17, 18]);
  });
});
