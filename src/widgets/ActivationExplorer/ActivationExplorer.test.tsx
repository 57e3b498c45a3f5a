import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import ActivationExplorer from './ActivationExplorer';

vi.setConfig({ testTimeout: 30_000 });

const status = (name: string) => screen.getByRole('status', { name }).textContent;
const shown = (x: number) => String(Number(x.toFixed(3))).replace('-', '\u2212');
const sig = (z: number) => 1 / (1 + Math.exp(-z));
const th = (z: number) => (Math.exp(z) - Math.exp(-z)) / (Math.exp(z) + Math.exp(-z));

describe('ActivationExplorer', () => {
  it('reads out every curve at the essay\'s z = 0.5', () => {
    render(<ActivationExplorer id="t-ae-1" />);
    expect(screen.getByRole('figure', { name: 'Activation explorer' })).toBeTruthy();
    expect(status('σ(z)')).toBe('0.622');
    expect(status("σ'(z)")).toBe(shown(sig(0.5) * (1 - sig(0.5))));
    expect(status('tanh(z)')).toBe(shown(th(0.5)));
    expect(status("tanh'(z)")).toBe(shown(1 - th(0.5) ** 2));
    expect(status('ReLU(z)')).toBe('0.5');
    expect(status("ReLU'(z)")).toBe('1');
    expect(screen.getAllByRole('img')).toHaveLength(2);
  });

  it('follows z from the keyboard and reports flat slopes', () => {
    render(<ActivationExplorer id="t-ae-2" />);
    const z = screen.getByRole('slider', { name: /^z/ });
    fireEvent.keyDown(z, { key: 'Home' }); // z = −6
    expect(status('σ(z)')).toBe(shown(sig(-6)));
    expect(status("σ'(z)")).toBe(shown(sig(-6) * (1 - sig(-6))));
    expect(status('ReLU(z)')).toBe('0');
    expect(status("ReLU'(z)")).toBe('0');
    expect(screen.getByText(/the slope is below 0.05 for: sigmoid, tanh, ReLU/)).toBeTruthy();
    fireEvent.keyDown(z, { key: 'PageUp' }); // −6 + 120 × 0.01 = −4.8
    expect(status('tanh(z)')).toBe(shown(th(-4.8)));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('σ(z)')).toBe('0.622');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('hides a curve and the slope plot when toggled off', () => {
    render(<ActivationExplorer id="t-ae-3" />);
    fireEvent.click(screen.getByRole('switch', { name: 'tanh' }));
    expect(screen.queryByRole('status', { name: 'tanh(z)' })).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: 'derivatives' }));
    expect(screen.getAllByRole('img')).toHaveLength(1);
    expect(status('σ(z)')).toBe('0.622');
  });
});
