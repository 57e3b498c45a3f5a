import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import ActivationExplorer from './ActivationExplorer';

vi.setConfig({ testTimeout: 30_000 });

// The numbers at the default and at random states are the oracle's (oracles.test.tsx); these
// tests follow the controls: keyboard, the switches, the flat-region sentence and Reset.
const status = (name: string) => screen.getByRole('status', { name }).textContent;

describe('ActivationExplorer', () => {
  it('follows z from the keyboard and reports flat slopes', () => {
    render(<ActivationExplorer id="t-ae-2" />);
    expect(screen.getAllByRole('img')).toHaveLength(2);
    const z = screen.getByRole('slider', { name: /^z/ });
    fireEvent.keyDown(z, { key: 'Home' }); // z = −6
    expect(status('ReLU(z)')).toBe('0');
    expect(status("ReLU'(z)")).toBe('0');
    expect(screen.getByText(/the slope is below 0.05 for: sigmoid, tanh, ReLU/)).toBeTruthy();
    fireEvent.keyDown(z, { key: 'PageUp' }); // −6 + 120 × 0.01 = −4.8
    expect(status('tanh(z)')).toBe('\u22121');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('σ(z)')).toBe('0.622');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('hides a curve and the slope plot when toggled off, and says so when none is left', () => {
    render(<ActivationExplorer id="t-ae-3" />);
    fireEvent.click(screen.getByRole('switch', { name: 'tanh' }));
    expect(screen.queryByRole('status', { name: 'tanh(z)' })).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: 'derivatives' }));
    expect(screen.getAllByRole('img')).toHaveLength(1);
    expect(status('σ(z)')).toBe('0.622');
    fireEvent.click(screen.getByRole('switch', { name: 'sigmoid' }));
    fireEvent.click(screen.getByRole('switch', { name: 'ReLU' }));
    expect(screen.getByText('Switch on a curve to see its value and slope.')).toBeTruthy();
  });
});
