import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import Broadcasting from './Broadcasting';

// The numbers at every state are the oracle's (oracles.test.tsx); here: keys, bounds and reset.
const status = (name: string) => screen.getByRole('status', { name }).textContent;

describe('Broadcasting', { timeout: 30_000 }, () => {
  it('grows the batch to its bound with the keyboard, moves every row with b1, and resets', () => {
    render(<Broadcasting id="t-bc" />);
    expect(screen.getByRole('figure', { name: 'Broadcasting' })).toBeTruthy();
    const batch = screen.getByRole('slider', { name: /batch size/ });
    fireEvent.keyDown(batch, { key: 'End' });
    fireEvent.keyDown(batch, { key: 'ArrowRight' });
    expect(status('Z shape')).toBe('6 × 2');
    const b1 = screen.getByRole('slider', { name: /b1/ });
    for (let i = 0; i < 10; i++) fireEvent.keyDown(b1, { key: 'ArrowRight' });
    expect(status('row 1 of Z')).toBe('(1.97, \u22120.277)'); // 1.37 + 0.6, 0.223 − 0.5
    fireEvent.keyDown(batch, { key: 'Home' });
    expect(status('Z shape')).toBe('1 × 2');
    expect(screen.queryByRole('status', { name: 'row 2 of Z' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('Z shape')).toBe('3 × 2');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
