import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import LossCurve from './LossCurve';

const value = (name: string) => screen.getByRole('status', { name }).textContent;
const sig = (z: number) => 1 / (1 + Math.exp(-z));

// KaTeX typesets every equation in jsdom; on a busy machine a test can take several seconds.
describe('<LossCurve>', { timeout: 30_000 }, () => {
  it('shows the example loss 0.071 and follows w1 and the loss choice', () => {
    render(<LossCurve id="t-loss-1" />);
    expect(value('a')).toBe('0.622');
    expect(value('L')).toBe('0.071');
    const w1 = screen.getByRole('slider', { name: 'w1 (weight 1)' });
    for (let i = 0; i < 10; i++) fireEvent.keyDown(w1, { key: 'ArrowRight' });
    const a = sig(0.6 * 2 - 0.6 + 0.1);
    expect(value('L')).toBe((0.5 * (a - 1) ** 2).toFixed(3));
    fireEvent.click(screen.getByRole('radio', { name: 'cross-entropy' }));
    expect(value('L')).toBe((-Math.log(a)).toFixed(3));
    expect(screen.getByRole('img', { name: /cross-entropy/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(value('L')).toBe('0.071');
  });

  it('follows the target y', () => {
    render(<LossCurve id="t-loss-2" />);
    fireEvent.keyDown(screen.getByRole('slider', { name: 'y (target)' }), { key: 'Home' });
    expect(value('L')).toBe((0.5 * sig(0.5) ** 2).toFixed(3));
  });
});
