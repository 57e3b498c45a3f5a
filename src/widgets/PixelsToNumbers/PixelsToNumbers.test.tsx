import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import PixelsToNumbers from './PixelsToNumbers';
import { resetState } from '../shared/widgetStore';

const status = (name: string) => screen.getByRole('status', { name });
const grid = () => screen.getByRole('application', { name: /Drawing grid/ });

afterEach(() => resetState('t'));

// jsdom renders the 784-cell table on every paint; the machine may be shared, so allow time.
describe('PixelsToNumbers', { timeout: 20_000 }, () => {
  it('shows the shapes and starts with the sample 7', () => {
    render(<PixelsToNumbers id="t" />);
    // The cursor starts on the 7's top bar: 255, or 255 / 255 = 1 once normalised.
    expect(status('pixel').textContent).toBe('255');
    expect(status('vector length').textContent).toBe('784');
    expect(status('tensor shape').textContent).toBe('28 × 28 × 1');
    expect(Number(status('non-zero').textContent)).toBeGreaterThan(30);
    expect(status('max').textContent).toBe('255');
    expect(status('min').textContent).toBe('0');
  });

  it('paints one cell by keyboard: 255 plus four soft neighbours of 128', () => {
    render(<PixelsToNumbers id="t" />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(status('non-zero').textContent).toBe('0');
    expect(status('mean').textContent).toBe('0');
    const g = grid();
    fireEvent.keyDown(g, { key: 'ArrowUp' });
    fireEvent.keyDown(g, { key: 'ArrowLeft' });
    expect(g.getAttribute('aria-label')).toContain('row 5, column 13');
    fireEvent.keyDown(g, { key: ' ' });
    expect(status('non-zero').textContent).toBe('5');
    expect(status('pixel').textContent).toBe('255');
    // Hand calculation: (255 + 4 × 128) / 784 = 767 / 784 = 0.97832…
    expect(status('mean').textContent).toBe('0.978');

    fireEvent.click(screen.getByRole('radio', { name: '0–1' }));
    expect(status('max').textContent).toBe('1');
    expect(status('pixel').textContent).toBe('1');
    // 767 / 255 / 784 = 0.003836…
    expect(status('mean').textContent).toBe('0.004');

    fireEvent.click(screen.getByRole('radio', { name: '−1…1' }));
    expect(status('min').textContent).toBe('\u22121');
    expect(status('max').textContent).toBe('1');
    // 767/784/127.5 − 1 = −0.99233…
    expect(status('mean').textContent).toBe('\u22120.992');

    fireEvent.keyDown(g, { key: 'Delete' });
    expect(status('non-zero').textContent).toBe('0');
  });

  it('paints with the pointer and resets to the sample digit', () => {
    render(<PixelsToNumbers id="t" />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    const g = grid();
    g.getBoundingClientRect = () => ({ left: 0, top: 0, width: 280, height: 280, right: 280, bottom: 280, x: 0, y: 0, toJSON: () => ({}) });
    fireEvent.pointerDown(g, { clientX: 5, clientY: 5, pointerId: 1 });
    // Corner cell (0, 0): itself plus two neighbours inside the grid.
    expect(status('non-zero').textContent).toBe('3');
    fireEvent.pointerMove(g, { clientX: 35, clientY: 5, pointerId: 1 });
    fireEvent.pointerUp(g, { pointerId: 1 });
    // Cells (0,0)…(0,3) at 255, below them four cells at 128, and (0,4) at 128: 9 non-zero.
    expect(status('non-zero').textContent).toBe('9');
    fireEvent.pointerMove(g, { clientX: 200, clientY: 200, pointerId: 1 });
    expect(status('non-zero').textContent).toBe('9');

    fireEvent.click(screen.getByRole('radio', { name: '0–1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(Number(status('non-zero').textContent)).toBeGreaterThan(30);
    expect(status('max').textContent).toBe('255');
    expect(screen.getByRole('table').textContent).not.toMatch(/NaN|undefined|Infinity/);
  });
});
