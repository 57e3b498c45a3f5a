import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import DeepInit from './DeepInit';
import { useDeepSummary } from './deepSummary';
import { summarizeDeepSignal } from './deepInitMath';
import type { DeepInitState } from './params';

/** A stand-in Worker speaking useComputation's protocol; it answers only when the test says so. */
class FakeWorker {
  static last: FakeWorker | null = null;
  posted: { key: string; input: DeepInitState }[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: { key: string; input: DeepInitState }) {
    this.posted.push(message);
  }
  /** Answers the newest request after `ms` of (fake) computing, with its summary or an error. */
  answer(ms: number, error?: string) {
    const { key, input } = this.posted[this.posted.length - 1];
    vi.advanceTimersByTime(ms);
    act(() => this.onmessage?.({ data: error ? { key, error } : { key, value: summarizeDeepSignal(input) } } as MessageEvent));
  }
  terminate() {}
}

const small = (width: number): DeepInitState => ({ layers: 2, width, batch: 16, init: 'xavier', act: 'tanh', seed: 1 });
const widths = () => FakeWorker.last!.posted.map((p) => p.input.width);

describe('useDeepSummary (useComputation with the deep-stack worker)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('after a slow computation, waits for the controls to rest and then computes only the latest', () => {
    const { result, rerender } = renderHook(useDeepSummary, { initialProps: small(16) });
    rerender(small(17));
    FakeWorker.last!.answer(400); // slow: later requests wait for a pause
    expect(result.current.busy).toBe(false);
    // A drag: a step every 30 ms, none of them sent.
    for (const width of [18, 19, 20, 21]) {
      rerender(small(width));
      act(() => vi.advanceTimersByTime(30));
    }
    expect(widths()).toEqual([17]);
    expect(result.current.busy).toBe(true);
    // The reader lets go: 150 ms later, one request, for where the slider rests.
    act(() => vi.advanceTimersByTime(150));
    expect(widths()).toEqual([17, 21]);
    FakeWorker.last!.answer(400);
    expect(result.current.busy).toBe(false);
    expect(result.current.summary.actVar).toEqual(summarizeDeepSignal(small(21)).actVar);
  });

  it('asks once per setting: a stale result arriving does not queue the request already out', () => {
    const { result, rerender } = renderHook(useDeepSummary, { initialProps: small(16) });
    rerender(small(17));
    rerender(small(18)); // while 17 is computed
    FakeWorker.last!.answer(5); // 17 arrives (stale); 18 goes out
    expect(widths()).toEqual([17, 18]);
    FakeWorker.last!.answer(5);
    expect(result.current.busy).toBe(false);
    act(() => vi.advanceTimersByTime(1000));
    expect(widths()).toEqual([17, 18]);
  });

  it('reports the worker\'s error in words and stops being busy, keeping the last summary', () => {
    const { result, rerender } = renderHook(useDeepSummary, { initialProps: small(16) });
    rerender(small(17));
    FakeWorker.last!.answer(5, 'out of memory');
    expect(result.current.error).toBe('out of memory');
    expect(result.current.busy).toBe(false);
    expect(result.current.summary.actVar).toEqual(summarizeDeepSignal(small(16)).actVar);
  });

  it('the figure says so in words instead of "Updating…" forever', () => {
    render(<DeepInit id="t-deep-error" />);
    fireEvent.click(screen.getByRole('radio', { name: 'He' }));
    expect(screen.getByText('Updating…')).toBeTruthy();
    FakeWorker.last!.answer(5, 'out of memory');
    expect(screen.queryByText('Updating…')).toBeNull();
    expect(screen.getByText('This stack could not be computed: out of memory')).toBeTruthy();
  });
});
