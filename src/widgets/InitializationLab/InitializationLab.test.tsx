import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import InitializationLab from './InitializationLab';

/** The lab rendered; its readouts by name, its matrix cells as one string. */
function renderLab(id: string) {
  render(<InitializationLab id={id} />);
  const figure = within(screen.getByRole('figure', { name: 'Initialization lab' }));
  return {
    figure,
    readout: (name: string) => figure.getByRole('status', { name }).textContent,
    cells: () => within(figure.getByRole('region', { name: /Sampled weight matrix/ })).getAllByRole('cell').map((c) => c.textContent).join(' '),
  };
}

// The numbers of the steps and readouts, at the default and at random states, are the oracle's
// (oracle.ts); these tests follow the controls.
describe('InitializationLab', { timeout: 30_000 }, () => {
  it('shows the example as three numbered steps, the band table and a 2 × 3 matrix', () => {
    const { figure, readout } = renderLab('t-lab-1');
    expect(readout('Var(w)')).toBe('0.4');
    expect(figure.getAllByRole('listitem').map((li) => li.querySelector('.nn-equation-steps__title')?.textContent)).toEqual([
      'Calculate the variance',
      'Take its square root, the width σ',
      'Draw each of the 6 weights independently, mean 0',
    ]);
    const matrix = figure.getByRole('region', { name: /Sampled weight matrix W, 2 by 3/ });
    expect(within(matrix).getAllByRole('row')).toHaveLength(2);
    for (const cell of within(matrix).getAllByRole('cell')) expect(cell.textContent).toMatch(/^−?\d\.\d{3}$/);
    expect(figure.getByTestId('expected-1').textContent).toBe('68.27\u00a0%');
    expect(figure.getByTestId('expected-3').textContent).toBe('99.73\u00a0%');
  });

  it('follows n_in on the keyboard: one doubling step up from 3 is 4, Var = 2/(4+2)', () => {
    const { figure, readout } = renderLab('t-lab-2');
    const nIn = figure.getByRole('slider', { name: /n_in/ });
    fireEvent.keyDown(nIn, { key: 'ArrowRight' });
    expect(readout('Var(w)')).toBe('0.333');
    fireEvent.keyDown(nIn, { key: 'End' });
    fireEvent.keyDown(figure.getByRole('slider', { name: /n_out/ }), { key: 'End' });
    // 1/1024 with three significant digits; 1024 × 1024 is too wide to show: a corner and a summary.
    expect(readout('Var(w)')).toBe('0.000977');
    expect(figure.getByTestId('matrix-summary').textContent).toContain('1,048,576 weights');
    expect(figure.getByText(/^Draw each of the 1,048,576 weights/)).toBeTruthy();
  });

  it('switches to He and to uniform by clicking, and Reset returns to the example', () => {
    const { figure, readout } = renderLab('t-lab-3');
    fireEvent.click(figure.getByRole('radio', { name: 'He/Kaiming' }));
    expect(readout('Var(w)')).toBe('0.667');
    fireEvent.click(figure.getByRole('radio', { name: 'uniform' }));
    expect(readout('r')).toBe('1.414');
    expect(figure.getByTestId('expected-1').textContent).toBe('57.74\u00a0%');
    expect(figure.getByTestId('expected-2').textContent).toBe('100\u00a0%');
    fireEvent.click(figure.getByRole('button', { name: 'Reset' }));
    expect(readout('Var(w)')).toBe('0.4');
    expect(figure.queryByRole('status', { name: 'r' })).toBeNull();
  });

  it('Resample draws a new matrix; Reset brings the same draw back', () => {
    const { figure, cells } = renderLab('t-lab-4');
    const first = cells();
    fireEvent.click(figure.getByRole('button', { name: 'Resample' }));
    expect(cells()).not.toBe(first);
    fireEvent.click(figure.getByRole('button', { name: 'Reset' }));
    expect(cells()).toBe(first);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
