import { afterEach, describe, expect, it, vi } from 'vitest';
import { num } from './params';
import { ensureEntry, patchState } from './widgetStore';

describe('the address follows the state', () => {
  afterEach(() => {
    vi.useRealTimers();
    window.history.replaceState(null, '', '/');
  });

  it('is written once, after a burst of changes has settled, not during it', () => {
    vi.useFakeTimers();
    const replace = vi.spyOn(window.history, 'replaceState');
    ensureEntry('store-test', { w: num(-1, 1, 0.5) });
    for (let step = 1; step <= 10; step++) {
      patchState('store-test', { w: 0.5 - step * 0.05 });
      // A drag: a new value every 80 ms, each before the address would have been written.
      vi.advanceTimersByTime(80);
    }
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?store-test.w=0');
    replace.mockRestore();
  });

  it('is still written about once a second while a change never settles', () => {
    vi.useFakeTimers();
    const replace = vi.spyOn(window.history, 'replaceState');
    ensureEntry('store-anim', { t: num(0, 100, 0) });
    // An animation: a new value every frame for 2.5 s.
    for (let frame = 1; frame <= 150; frame++) {
      patchState('store-anim', { t: frame / 10 });
      vi.advanceTimersByTime(1000 / 60);
    }
    expect(replace.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(replace.mock.calls.length).toBeLessThanOrEqual(3);
    replace.mockRestore();
  });
});
