import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import BackpropByHand from './BackpropByHand';

const value = (name: string) => screen.getByRole('status', { name }).textContent;

// KaTeX typesets every equation in jsdom; on a busy machine a test can take several seconds.
describe('<BackpropByHand>', { timeout: 30_000 }, () => {
  it('shows every factor of the essay example', () => {
    render(<BackpropByHand id="t-bp-1" />);
    expect(value('z')).toBe('0.5');
    expect(value('a')).toBe('0.622');
    expect(value('L')).toBe('0.0713');
    expect(value('dL/da')).toBe('−0.378');
    expect(value('da/dz')).toBe('0.235');
    expect(value('dL/dw1')).toBe('−0.177');
    expect(value('dL/dw2')).toBe('−0.266');
    expect(value('dL/db')).toBe('−0.089');
  });

  it('applies one update exactly, then resets', () => {
    render(<BackpropByHand id="t-bp-2" />);
    fireEvent.click(screen.getByRole('button', { name: 'Apply update' }));
    expect(value('w1')).toBe('0.589');
    expect(value('w2')).toBe('−0.067');
    expect(value('b')).toBe('0.144');
    expect(value('z')).toBe('1.121');
    expect(value('a')).toBe('0.754');
    expect(value('L')).toBe('0.0302');
    expect(value('L before → after')).toBe('0.0713 → 0.0302');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(value('w1')).toBe('0.5');
    expect(value('L')).toBe('0.0713');
    expect(screen.queryByRole('status', { name: 'L before → after' })).toBeNull();
  });

  it('follows the target slider driven by the keyboard', () => {
    render(<BackpropByHand id="t-bp-3" />);
    const y = screen.getByRole('slider', { name: 'y (target)' });
    fireEvent.keyDown(y, { key: 'Home' });
    // y = 0: dL/da = a − 0 = σ(0.5)
    const a = 1 / (1 + Math.exp(-0.5));
    expect(value('dL/da')).toBe(a.toFixed(3));
    expect(value('dL/dw1')).toBe((a * a * (1 - a) * 2).toFixed(3));
  });
});
