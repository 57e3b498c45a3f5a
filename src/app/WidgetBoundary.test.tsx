import { describe, expect, it, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/react';
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
