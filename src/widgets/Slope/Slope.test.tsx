import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import Slope from './Slope';

const value = (name: string) => screen.getByRole('status', { name }).textContent;
const L = (w1: number) => 0.5 * (1 / (1 + Math.exp(-(2 * w1 - 0.5))) - 1) ** 2;

// KaTeX typesets every equation in jsdom; on a busy machine a test can take several seconds.
describe('<Slope>', { timeout: 30_000 }, () => {
  it('shows the exact slope −0.1774 and the finite difference for h = 0.5', () => {
    render(<Slope id="t-slope-1" />);
    expect(value('exact derivative')).toBe('−0.1774');
    expect(value('finite difference')).toBe((L(1) - L(0)).toFixed(4).replace('-', '−'));
  });

  it('shrinks the difference when h goes to its minimum 0.0001', () => {
    render(<Slope id="t-slope-2" />);
    fireEvent.keyDown(screen.getByRole('slider', { name: 'h (step size, log scale)' }), { key: 'Home' });
    const fd = (L(0.5001) - L(0.4999)) / 0.0002;
    expect(value('finite difference')).toBe(fd.toFixed(4).replace('-', '−'));
    expect(value('finite difference')).toBe(value('exact derivative'));
  });

  it('switches to the cubic, where the error is h²/3', () => {
    render(<Slope id="t-slope-3" />);
    fireEvent.click(screen.getByRole('radio', { name: 'curve w³/3 − w' }));
    expect(value('exact derivative')).toBe('−0.75'); // 0.5² − 1
    expect(value('difference')).toBe('0.0833'); // 0.5² / 3
  });
});
