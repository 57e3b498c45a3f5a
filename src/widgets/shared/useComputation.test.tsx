import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useComputation, type ComputationOptions } from './useComputation';

/** A Worker stand-in that holds every message until the test answers it. */
class FakeWorker {
  static last: FakeWorker | null = null;
  posted: { key: string; input: number }[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(m: { key: string; input: number }) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

const square = (n: number) => n * n;
const workerOptions: ComputationOptions<number, number> = {
  initial: square,
  compute: square,
  worker: () => new FakeWorker() as unknown as Worker,
};

describe('useComputation with a worker', () => {
  it('shows the initial value, asks the worker for the newest key only, and is not busy once answered', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { result, rerender } = renderHook(({ n }) => useComputation(String(n), n, workerOptions), { initialProps: { n: 2 } });
    expect(result.current).toEqual({ value: 4, busy: false, error: null });
    rerender({ n: 3 });
    rerender({ n: 4 });
    const w = FakeWorker.last!;
    // The initial value is 2's; 3 went out at once; 4 waits for the worker to be free.
    expect(w.posted.map((m) => m.key)).toEqual(['3']);
    expect(result.current.busy).toBe(true);
    await act(async () => w.reply({ key: '3', value: 9 }));
    expect(w.posted.map((m) => m.key)).toEqual(['3', '4']);
    await act(async () => w.reply({ key: '4', value: 16 }));
    expect(result.current).toEqual({ value: 16, busy: false, error: null });
    vi.unstubAllGlobals();
  });

  it('says what went wrong when the worker answers with an error, and stops being busy', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { result, rerender } = renderHook(({ n }) => useComputation(String(n), n, workerOptions), { initialProps: { n: 2 } });
    rerender({ n: 5 });
    await act(async () => FakeWorker.last!.reply({ key: '5', error: 'out of memory' }));
    expect(result.current).toEqual({ value: 4, busy: false, error: 'out of memory' });
    vi.unstubAllGlobals();
  });

  it('computes here when the worker dies with the newest request out', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { result, rerender } = renderHook(({ n }) => useComputation(String(n), n, workerOptions), { initialProps: { n: 2 } });
    rerender({ n: 6 });
    const w = FakeWorker.last!;
    await act(async () => w.onerror?.({ preventDefault() {} } as ErrorEvent));
    expect(w.terminated).toBe(true);
    expect(result.current).toEqual({ value: 36, busy: false, error: null });
    vi.unstubAllGlobals();
  });
});

describe('useComputation in frame slices', () => {
  function* count(to: number): Generator<number, number, undefined> {
    for (let i = 0; i < to; i++) yield i;
    if (to < 0) throw new Error('cannot count down');
    return to;
  }

  it('advances a generator a few steps a frame and ends on its return value', async () => {
    const { result } = renderHook(() => useComputation('c', 5, { initial: () => -1, slices: count, perFrame: 2 }));
    expect(result.current.busy).toBe(true);
    await vi.waitFor(() => expect(result.current).toEqual({ value: 5, busy: false, error: null }));
  });

  it('reports a job that throws, in words, and is not busy', async () => {
    const { result } = renderHook(() => useComputation('c', -1, { initial: () => 0, slices: count }));
    await vi.waitFor(() => expect(result.current.error).toBe('cannot count down'));
    expect(result.current.busy).toBe(false);
  });

  it('cancels a stale run when the key changes', async () => {
    const seen: number[] = [];
    function* log(n: number): Generator<number, number, undefined> {
      for (let i = 0; i < 3; i++) {
        seen.push(n);
        yield i;
      }
      return n;
    }
    const { result, rerender } = renderHook(({ n }) => useComputation(String(n), n, { initial: () => 0, slices: log, perFrame: 1 }), { initialProps: { n: 1 } });
    rerender({ n: 2 });
    await vi.waitFor(() => expect(result.current.value).toBe(2));
    expect(seen.filter((n) => n === 1).length).toBeLessThan(3);
  });
});
