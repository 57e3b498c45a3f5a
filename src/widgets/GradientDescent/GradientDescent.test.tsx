import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import GradientDescent from './GradientDescent';

const value = (name: string) => screen.getByRole('status', { name }).textContent;

// KaTeX typesets every equation in jsdom; on a busy machine a test can take several seconds.
describe('<GradientDescent>', { timeout: 30_000 }, () => {
  it('steps from (−2.5, 1.5) with η = 0.1 and resets', () => {
    render(<GradientDescent id="t-gd-1" />);
    expect(value('step')).toBe('0');
    expect(value('L')).toBe('8.75'); // ½(6.25 + 5·2.25)
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(value('step')).toBe('1');
    expect(value('w1')).toBe('−2.25'); // −2.5·0.9
    expect(value('w2')).toBe('0.75'); // 1.5·0.5
    expect(value('L')).toBe((0.5 * (2.25 ** 2 + 5 * 0.75 ** 2)).toFixed(3));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(value('step')).toBe('0');
  });

  it('says "diverged" in words for a large learning rate', () => {
    render(<GradientDescent id="t-gd-2" />);
    const eta = screen.getByRole('textbox', { name: 'eta (learning rate) exact value' });
    fireEvent.change(eta, { target: { value: '0.45' } });
    fireEvent.keyDown(eta, { key: 'Enter' });
    const step = screen.getByRole('button', { name: 'Step' });
    for (let i = 0; i < 15; i++) fireEvent.click(step);
    expect(value('L')).toBe('diverged');
    expect(value('step')).toBe('12');
    expect(screen.getByRole('alert').textContent).toBe('Diverged: the learning rate is too large — each step overshoots the valley');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('moves the start with the keyboard', () => {
    render(<GradientDescent id="t-gd-3" />);
    fireEvent.keyDown(screen.getByRole('slider', { name: 'w1₀ (start w1)' }), { key: 'End' });
    expect(value('w1')).toBe('3');
    expect(value('L')).toBe((0.5 * (9 + 5 * 2.25)).toFixed(3).replace(/0+$/, '').replace(/\.$/, ''));
  });
});
