import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import InitializationLab from './InitializationLab';

const sh = (x: number) => Number(x.toFixed(3)).toString().replace('-', '\u2212');
const status = (name: string) => screen.getByRole('status', { name });

describe('InitializationLab', { timeout: 30_000 }, () => {
  it('shows the essay example: Var = 2/(3+2) = 0.4, σ ≈ 0.632, a 2 × 3 matrix', () => {
    render(<InitializationLab id="t-lab-1" />);
    expect(screen.getByRole('figure', { name: 'Initialization lab' })).toBeTruthy();
    expect(status('Var(w)').textContent).toBe('0.4');
    expect(status('σ').textContent).toBe(sh(Math.sqrt(0.4)));
    const matrix = screen.getByRole('region', { name: /Sampled weight matrix W, 2 by 3/ });
    expect(within(matrix).getAllByRole('row')).toHaveLength(2);
    expect(within(matrix).getAllByRole('cell')).toHaveLength(6);
    for (const cell of within(matrix).getAllByRole('cell')) expect(cell.textContent).toMatch(/^−?\d\.\d{3}$/);
    expect(screen.getByTestId('expected-1').textContent).toBe('68.27\u00a0%');
    expect(screen.getByTestId('expected-2').textContent).toBe('95.45\u00a0%');
    expect(screen.getByTestId('expected-3').textContent).toBe('99.73\u00a0%');
    // Sample statistics near the formula's (10,000 draws: σ of the mean ≈ 0.006).
    expect(Math.abs(Number(status('sample mean').textContent!.replace('−', '-')))).toBeLessThan(0.03);
    expect(Number(status('sample variance').textContent)).toBeGreaterThan(0.37);
    expect(Number(status('sample variance').textContent)).toBeLessThan(0.43);
  });

  it('follows n_in on the keyboard: one doubling step up from 3 is 4, Var = 2/(4+2)', () => {
    render(<InitializationLab id="t-lab-2" />);
    const nIn = screen.getByRole('slider', { name: /n_in/ });
    fireEvent.keyDown(nIn, { key: 'ArrowRight' });
    expect(status('Var(w)').textContent).toBe(sh(2 / 6));
    expect(status('σ').textContent).toBe(sh(Math.sqrt(2 / 6)));
    fireEvent.keyDown(nIn, { key: 'End' });
    expect(status('Var(w)').textContent).toBe(sh(2 / (1024 + 2)));
    // 2 × 1024 is too wide to show: a corner and a summary.
    expect(screen.getByTestId('matrix-summary').textContent).toContain('2048 weights');
  });

  it('switches to He and to uniform by clicking, and Reset returns to the example', () => {
    render(<InitializationLab id="t-lab-3" />);
    fireEvent.click(screen.getByRole('radio', { name: 'He/Kaiming' }));
    expect(status('Var(w)').textContent).toBe(sh(2 / 3));
    fireEvent.click(screen.getByRole('radio', { name: 'uniform' }));
    expect(status('L').textContent).toBe(sh(Math.sqrt(6 / 3)));
    expect(screen.getByTestId('expected-1').textContent).toBe('57.74\u00a0%');
    expect(screen.getByTestId('expected-2').textContent).toBe('100\u00a0%');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('Var(w)').textContent).toBe('0.4');
    expect(screen.queryByRole('status', { name: 'L' })).toBeNull();
  });

  it('Resample draws a new matrix; Reset brings the same draw back', () => {
    render(<InitializationLab id="t-lab-4" />);
    const cells = () => within(screen.getByRole('region', { name: /Sampled weight matrix/ })).getAllByRole('cell').map((c) => c.textContent).join(' ');
    const first = cells();
    fireEvent.click(screen.getByRole('button', { name: 'Resample' }));
    expect(cells()).not.toBe(first);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(cells()).toBe(first);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
