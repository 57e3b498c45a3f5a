import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import SpreadIsNotARange from './SpreadIsNotARange';

/** The figure rendered; a readout's count as a number ("1,000" → 1000). */
function renderSpread(id: string) {
  render(<SpreadIsNotARange id={id} />);
  const figure = within(screen.getByRole('figure', { name: 'Spread is not a range' }));
  const count = (name: string) => Number(figure.getByRole('status', { name }).textContent!.replace(/,/g, ''));
  return { figure, count, total: () => count('below 0') + count('inside [0, σ]') + count('above σ') };
}

// The counts and the live equations at the default and at random states are the oracle's
// (oracle.ts); these tests follow the controls and read the table of exact shares.
describe('SpreadIsNotARange', { timeout: 30_000 }, () => {
  it('counts every draw once and shows the exact shares beside them', () => {
    const { figure, total } = renderSpread('t-spread-1');
    expect(total()).toBe(1000);
    expect(figure.getByTestId('exact-below0').textContent).toBe('50\u00a0%');
    expect(figure.getByTestId('exact-inside').textContent).toBe('34.13\u00a0%');
    expect(figure.getByTestId('exact-aboveSigma').textContent).toBe('15.87\u00a0%');
    expect(figure.getByTestId('exact-beyond3').textContent).toBe('0.27\u00a0%');
  });

  it('follows σ and N on the keyboard, and Reset returns', () => {
    const { figure, count, total } = renderSpread('t-spread-2');
    const inside = count('inside [0, σ]');
    fireEvent.keyDown(figure.getByRole('slider', { name: /N \(draws\)/ }), { key: 'End' });
    expect(total()).toBe(20_000);
    expect(figure.getByText('20,000 draws, counted by region')).toBeTruthy();
    fireEvent.keyDown(figure.getByRole('slider', { name: /σ/ }), { key: 'ArrowRight' });
    expect(figure.getByText('0 ≤ w ≤ 0.633')).toBeTruthy();
    fireEvent.click(figure.getByRole('button', { name: 'Reset' }));
    expect(total()).toBe(1000);
    expect(count('inside [0, σ]')).toBe(inside);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('Resample draws anew and Reset brings the same draw back', () => {
    const { figure, count } = renderSpread('t-spread-3');
    const before = [count('below 0'), count('inside [0, σ]'), count('above σ')].join();
    fireEvent.click(figure.getByRole('button', { name: 'Resample' }));
    expect([count('below 0'), count('inside [0, σ]'), count('above σ')].join()).not.toBe(before);
    fireEvent.click(figure.getByRole('button', { name: 'Reset' }));
    expect([count('below 0'), count('inside [0, σ]'), count('above σ')].join()).toBe(before);
  });
});
