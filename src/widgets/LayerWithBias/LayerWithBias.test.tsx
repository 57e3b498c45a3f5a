import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import LayerWithBias from './LayerWithBias';

// The numbers at every state are the oracle's (oracles.test.tsx); here: keys, presets, reset, clamping.
const status = (name: string) => screen.getByRole('status', { name }).textContent;

describe('LayerWithBias', { timeout: 30_000 }, () => {
  it('b2 moves only z2; the 0.01 preset adds 0.01 to both; Reset returns to the example', () => {
    render(<LayerWithBias id="t-layer-1" />);
    expect(screen.getByRole('figure', { name: 'Layer with a bias vector' })).toBeTruthy();
    const b2 = screen.getByRole('slider', { name: /b2/ });
    for (let i = 0; i < 5; i++) fireEvent.keyDown(b2, { key: 'ArrowLeft' });
    expect(status('z1')).toBe('1.37');
    expect(status('z2')).toBe('0.218'); // 0.223 − 5 × 0.001
    fireEvent.click(screen.getByRole('button', { name: 'Biases 0.01' }));
    expect([status('z1'), status('z2')]).toEqual(['1.38', '0.233']);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('z2')).toBe('0.223');
  });

  it('Home takes x1 to its bound, −5, and shows no broken numbers', () => {
    render(<LayerWithBias id="t-layer-2" />);
    const x1 = screen.getByRole('slider', { name: /x1/ });
    fireEvent.keyDown(x1, { key: 'Home' });
    fireEvent.keyDown(x1, { key: 'ArrowLeft' });
    expect(x1.getAttribute('aria-valuetext')).toBe('\u22125');
    expect(status('z1')).toBe('\u22120.514'); // 0.314 · (−5) − 0.174 + 1.23
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
