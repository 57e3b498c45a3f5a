import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, fireEvent } from '@testing-library/react';
import { useState } from 'react';
import { WidgetBoundary } from './WidgetBoundary';

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('boom');
  return <p>working widget</p>;
}
function Counter() {
  const [n, setN] = useState(0);
  return <button onClick={() => setN(n + 1)}>count {n}</button>;
}

describe('WidgetBoundary', () => {
  it('shows a message and a reset in place of a widget that throws; its neighbour keeps working', () => {
    shouldThrow = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onReset = vi.fn();
    render(
      <>
        <WidgetBoundary name="Fragile" onReset={onReset}>
          <Fragile />
        </WidgetBoundary>
        <WidgetBoundary name="Counter">
          <Counter />
        </WidgetBoundary>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toContain('ran into a problem');
    fireEvent.click(screen.getByRole('button', { name: 'count 0' }));
    expect(screen.getByRole('button', { name: 'count 1' })).toBeTruthy();

    shouldThrow = false;
    fireEvent.click(screen.getByRole('button', { name: 'Reset this figure' }));
    expect(onReset).toHaveBeenCalledOnce();
    expect(screen.getByText('working widget')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    error.mockRestore();
  });
});

describe('islandTree', () => {
  it('Reset of a broken figure forgets the state that broke it', async () => {
    const { islandTree } = await import('./Island');
    const { useWidgetState } = await import('../widgets/shared/useWidgetState');
    const { patchState } = await import('../widgets/shared/widgetStore');
    const { num } = await import('../widgets/shared/params');
    const schema = { n: num(0, 10, 1) };
    function Picky() {
      const [s] = useWidgetState('t-picky', schema);
      if (s.n > 5) throw new Error('too big');
      return <p>n is {s.n}</p>;
    }
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(islandTree('Picky', 't-picky', Picky, {}));
    expect(screen.getByText('n is 1')).toBeTruthy();
    act(() => patchState('t-picky', { n: 9 }));
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset this figure' }));
    expect(screen.getByText('n is 1')).toBeTruthy();
    warn.mockRestore();
    error.mockRestore();
  });
});
