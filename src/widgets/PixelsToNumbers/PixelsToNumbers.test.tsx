import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import PixelsToNumbers from './PixelsToNumbers';
import { patchState } from '../shared/widgetStore';

const status = (name: string) => screen.getByRole('status', { name });
const grid = () => screen.getByRole('application', { name: /Drawing grid/ });

// jsdom renders the 784-cell table on every paint; the machine may be shared, so allow time.
describe('PixelsToNumbers', { timeout: 20_000 }, () => {
  it('paints one cell by keyboard: 255 plus four soft neighbours of 128', () => {
    render(<PixelsToNumbers id="t-px" />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(status('non-zero').textContent).toBe('0');
    const g = grid();
    fireEvent.keyDown(g, { key: 'ArrowUp' });
    fireEvent.keyDown(g, { key: 'ArrowLeft' });
    expect(g.getAttribute('aria-label')).toContain('row 5, column 13');
    fireEvent.keyDown(g, { key: ' ' });
    expect(status('non-zero').textContent).toBe('5');
    // Hand calculation: (255 + 4 × 128) / 784 = 767 / 784 = 0.97832…
    expect(status('mean').textContent).toBe('0.978');
    fireEvent.click(screen.getByRole('radio', { name: '−1…1' }));
    // 767/784/127.5 − 1 = −0.99233…
    expect(status('mean').textContent).toBe('\u22120.992');
    // The table holds the same numbers: in row 5, 255 → 1.00 at column 13, 128 → 128/127.5 − 1 ≈ 0.00
    // beside it, and −1.00 in the other 25 cells.
    const cells = Array.from(screen.getByRole('table').querySelectorAll('tr')[5].querySelectorAll('td'), (td) => td.textContent);
    expect(cells[13]).toBe('1.00');
    expect([cells[12], cells[14]]).toEqual(['0.00', '0.00']);
    expect(cells.filter((t) => t === '\u22121.00')).toHaveLength(25);
    fireEvent.keyDown(g, { key: 'Delete' });
    expect(status('non-zero').textContent).toBe('0');
  });

  it('keeps the cursor on the grid and refuses a broken drawing', () => {
    const { container } = render(<PixelsToNumbers id="t-px2" />);
    const g = grid();
    for (let i = 0; i < 40; i++) fireEvent.keyDown(g, { key: 'ArrowRight' });
    for (let i = 0; i < 40; i++) fireEvent.keyDown(g, { key: 'ArrowUp' });
    expect(g.getAttribute('aria-label')).toContain('row 0, column 27');
    const before = status('non-zero').textContent;
    act(() => patchState('t-px2', { drawing: 'not a drawing', row: -5, col: 99.7 }));
    expect(status('non-zero').textContent).toBe(before);
    expect(g.getAttribute('aria-label')).toContain('row 0, column 27');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined|—/);
  });

  it('paints with the pointer, and the snippet carries the drawing; Reset brings back the 7', () => {
    render(<PixelsToNumbers id="t-px3" />);
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
    const numpy = document.querySelector('.nn-code-panel pre code')!.textContent!;
    expect(numpy).toContain('\n####+.......................\n++++........................\n');

    fireEvent.click(screen.getByRole('radio', { name: 'Erase' }));
    fireEvent.pointerDown(g, { clientX: 5, clientY: 5, pointerId: 1 });
    fireEvent.pointerUp(g, { pointerId: 1 });
    // Erasing (0,0) clears it and its neighbours (0,1) and (1,0): 6 left.
    expect(status('non-zero').textContent).toBe('6');

    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(Number(status('non-zero').textContent)).toBeGreaterThan(30);
    expect(screen.getByRole('radio', { name: 'Draw' })).toHaveProperty('checked', true);
    expect(status('pixel').textContent).toBe('255');
  });
});
