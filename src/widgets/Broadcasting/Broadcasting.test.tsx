import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import Broadcasting from './Broadcasting';

const status = (name: string) => screen.getByRole('status', { name }).textContent;
const shown = (x: number) => String(Number(x.toFixed(3))).replace('-', '\u2212');

vi.setConfig({ testTimeout: 30_000 });

describe('Broadcasting', () => {
  it('shows a 3 × 2 Z whose first row is (1.37 + 0.5, 0.223 − 0.5)', () => {
    render(<Broadcasting id="t-bc-1" />);
    expect(screen.getByRole('figure', { name: 'Broadcasting' })).toBeTruthy();
    expect(status('Z shape')).toBe('3 × 2');
    expect(status('row 1 of Z')).toBe(`(1.87, ${shown(-0.277)})`);
    // x = (−1, 0, 1): (−0.314 + 0.41 + 0.5, −0.963 − 0.148 − 0.5)
    expect(status('row 3 of Z')).toBe(`(${shown(0.596)}, ${shown(-1.611)})`);
  });

  it('grows the batch with the slider and moves every row with b1', () => {
    render(<Broadcasting id="t-bc-2" />);
    const batch = screen.getByRole('slider', { name: /batch size/ });
    fireEvent.keyDown(batch, { key: 'End' });
    expect(status('Z shape')).toBe('6 × 2');
    // x = (1.5, 0.5, −1): 0.471 − 0.0435 − 0.41 + 0.5; 1.4445 − 0.074 + 0.148 − 0.5
    expect(status('row 6 of Z')).toBe(`(${shown(0.471 - 0.0435 - 0.41 + 0.5)}, ${shown(1.4445 - 0.074 + 0.148 - 0.5)})`);
    const b1 = screen.getByRole('slider', { name: /b1/ });
    for (let i = 0; i < 10; i++) fireEvent.keyDown(b1, { key: 'ArrowRight' });
    expect(status('row 1 of Z')).toBe(`(1.97, ${shown(-0.277)})`);
    expect(status('row 6 of Z')).toBe(`(${shown(0.471 - 0.0435 - 0.41 + 0.6)}, ${shown(1.4445 - 0.074 + 0.148 - 0.5)})`);
    fireEvent.keyDown(batch, { key: 'Home' });
    expect(status('Z shape')).toBe('1 × 2');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('Z shape')).toBe('3 × 2');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
