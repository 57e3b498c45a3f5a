import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import Slope from './Slope';

const value = (name: string) => screen.getByRole('status', { name }).textContent;

// KaTeX typesets every equation in jsdom; on a busy machine a test can take several seconds.
describe('<Slope>', { timeout: 30_000 }, () => {
  it('agrees with the exact slope to four decimals at the smallest h, and switches to the cubic', () => {
    render(<Slope id="t-slope-1" />);
    // At w1 = 0, h = 1 by hand: (L(1) − L(−1)) / 2 with L(w) = ½(σ(2w − 0.5) − 1)², and (a − 1)·a(1 − a)·2 at a = σ(−0.5).
    expect(value('finite difference')).toBe('−0.2052');
    expect(value('exact derivative')).toBe('−0.2926');
    fireEvent.keyDown(screen.getByRole('slider', { name: 'h (step size, log scale)' }), { key: 'Home' });
    expect(value('finite difference')).toBe(value('exact derivative'));
    fireEvent.click(screen.getByRole('radio', { name: 'curve w³/3 − w' }));
    fireEvent.keyDown(screen.getByRole('slider', { name: 'h (step size, log scale)' }), { key: 'End' });
    expect(value('difference')).toBe('0.3333'); // h²/3 at h = 1
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(value('exact derivative')).toBe('−0.2926');
  });
});
