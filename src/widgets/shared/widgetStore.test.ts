import { describe, expect, it, vi } from 'vitest';
import { ensureEntry, getState, patchState, subscribe } from './widgetStore';
import { num } from './params';

const schema = { n: num(0, 10, 1) };

describe('widgetStore', () => {
  it('tells a listener of a widget not yet registered once it registers, with no timer meanwhile', async () => {
    vi.useFakeTimers();
    const told = vi.fn();
    const dropped = vi.fn();
    subscribe('t-late', told);
    const unsubscribe = subscribe('t-late', dropped);
    unsubscribe();
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
    ensureEntry('t-late', schema);
    await Promise.resolve();
    expect(told).toHaveBeenCalledOnce();
    expect(dropped).not.toHaveBeenCalled();
    patchState('t-late', { n: 4 });
    expect(getState<typeof schema>('t-late')?.n).toBe(4);
    expect(told).toHaveBeenCalledTimes(2);
  });

  it('keeps a change made before the widget woke (a number in the prose), clamped by its schema', () => {
    patchState('t-early', { n: 99 });
    ensureEntry('t-early', schema);
    expect(getState<typeof schema>('t-early')?.n).toBe(10);
  });
});
