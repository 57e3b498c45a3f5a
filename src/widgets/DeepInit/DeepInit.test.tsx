import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import DeepInit from './DeepInit';

const status = (name: string) => screen.getByRole('status', { name });
const slider = (name: RegExp) => screen.getByRole('slider', { name });

describe('<DeepInit>', () => {
  it('opens on Xavier + tanh with Var(w) = 2/(100 + 100) = 0.01 and gain 100 · 0.01 = 1', () => {
    render(<DeepInit id="t" />);
    expect(screen.getByRole('figure', { name: 'Deep network initialization' })).toBeTruthy();
    expect(status('Var(w)').textContent).toBe('0.01');
    expect(status('gain per layer').textContent).toBe('1');
    // Layer 1: Var(tanh(z)) with z ~ N(0, 1) is ≈ 0.394 (quadrature in deepInit.test.ts).
    const v1 = Number(status('Var(a) layer 1').textContent);
    expect(Math.abs(v1 - 0.394)).toBeLessThan(0.04);
    expect(screen.getAllByText(/^layer \d+, variance /)).toHaveLength(20); // 10 activation + 10 gradient panels
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  }, 30_000);

  it('follows the controls: width by keyboard, then too small and He + ReLU by clicks', () => {
    render(<DeepInit id="t" />);
    fireEvent.keyDown(slider(/^width/), { key: 'Home' }); // width 16
    expect(status('Var(w)').textContent).toBe('0.0625'); // 2 / (16 + 16)
    fireEvent.click(screen.getByRole('radio', { name: /too small/ }));
    expect(status('Var(w)').textContent).toBe('0.0001'); // 0.01²
    expect(status('gain per layer').textContent).toBe('0.002'); // 16 · 0.0001 = 0.0016 → 0.002
    expect(status('signal').textContent).toBe('vanishing');
    expect(status('gradients').textContent).toBe('vanishing');
    fireEvent.click(screen.getByRole('radio', { name: 'He' }));
    fireEvent.click(screen.getByRole('radio', { name: 'ReLU' }));
    expect(status('Var(w)').textContent).toBe('0.125'); // 2 / 16
    expect(status('gain per layer').textContent).toBe('1'); // 16 · 0.125 · ½
    fireEvent.click(screen.getByRole('radio', { name: /too large/ }));
    expect(status('gain per layer').textContent).toBe('8'); // 16 · 1 · ½
    expect(status('signal').textContent).toBe('exploding');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  }, 30_000);

  it('draws one panel per layer when L changes, and Reset brings back the example', () => {
    render(<DeepInit id="t" />);
    fireEvent.keyDown(slider(/^width/), { key: 'Home' });
    fireEvent.keyDown(slider(/^L /), { key: 'End' });
    const acts = screen.getByRole('region', { name: /activations, one per layer/ });
    expect(within(acts).getAllByText(/^layer \d+, variance /)).toHaveLength(20);
    expect(within(acts).getByText(/^layer 20, variance /)).toBeTruthy();
    fireEvent.keyDown(slider(/^L /), { key: 'Home' });
    expect(within(screen.getByRole('region', { name: /activations, one per layer/ })).getAllByText(/^layer \d+, variance /)).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('Var(w)').textContent).toBe('0.01');
    expect(screen.getAllByText(/^layer \d+, variance /)).toHaveLength(20);
  }, 30_000);

  it('Resample draws new weights (a new seed) with the same spread', () => {
    render(<DeepInit id="t" />);
    fireEvent.keyDown(slider(/^width/), { key: 'Home' });
    const before = status('Var(a) last layer').textContent;
    fireEvent.click(screen.getByRole('button', { name: 'Resample' }));
    expect(status('Var(a) last layer').textContent).not.toBe(before);
    expect(status('Var(w)').textContent).toBe('0.0625');
  }, 30_000);
});
