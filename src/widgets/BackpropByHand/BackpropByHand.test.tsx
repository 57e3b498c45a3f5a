import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import BackpropByHand from './BackpropByHand';

const value = (name: string) => screen.getByRole('status', { name }).textContent;

// KaTeX typesets every equation in jsdom; on a busy machine a test can take several seconds.
describe('<BackpropByHand>', { timeout: 30_000 }, () => {
  it('applies one update exactly, remembers the loss before and after, then resets', () => {
    render(<BackpropByHand id="t-bp-1" />);
    expect(screen.queryByRole('status', { name: 'L before → after' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Apply update' }));
    expect(value('w1')).toBe('0.589');
    expect(value('w2')).toBe('−0.067');
    expect(value('b')).toBe('0.144');
    expect(value('L')).toBe('0.0302');
    expect(value('L before → after')).toBe('0.0713 → 0.0302');
    fireEvent.click(screen.getByRole('button', { name: 'Apply update' }));
    expect(value('L before → after')).toMatch(/^0\.0302 → 0\.0/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(value('w1')).toBe('0.5');
    expect(value('L')).toBe('0.0713');
    expect(screen.queryByRole('status', { name: 'L before → after' })).toBeNull();
  });

  it('follows the target slider driven by the keyboard', () => {
    render(<BackpropByHand id="t-bp-2" />);
    fireEvent.keyDown(screen.getByRole('slider', { name: 'y (target)' }), { key: 'Home' });
    // y = 0: dL/da = a − 0 = σ(0.5)
    const a = 1 / (1 + Math.exp(-0.5));
    expect(value('∂L/∂a')).toBe(a.toFixed(3));
    expect(value('∂L/∂w1')).toBe((a * a * (1 - a) * 2).toFixed(3));
  });
});
