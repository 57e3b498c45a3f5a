import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import LayerWithBias from './LayerWithBias';

const status = (name: string) => screen.getByRole('status', { name }).textContent;
const shown = (x: number) => String(Number(x.toFixed(3))).replace('-', '\u2212');

vi.setConfig({ testTimeout: 30_000 });

describe('LayerWithBias', () => {
  it('shows the essay example: z = W(1, 2, 3) + 0 = (1.37, 0.223)', () => {
    render(<LayerWithBias id="t-layer-1" />);
    expect(screen.getByRole('figure', { name: 'Layer with a bias vector' })).toBeTruthy();
    expect(status('z1')).toBe('1.37');
    expect(status('z2')).toBe('0.223');
  });

  it('b2 moves only z2; the 0.01 preset adds 0.01 to both', () => {
    render(<LayerWithBias id="t-layer-2" />);
    const b2 = screen.getByRole('slider', { name: /b2/ });
    for (let i = 0; i < 5; i++) fireEvent.keyDown(b2, { key: 'ArrowLeft' });
    expect(status('z1')).toBe('1.37');
    expect(status('z2')).toBe('0.218'); // 0.223 − 5 × 0.001
    fireEvent.click(screen.getByRole('button', { name: 'Biases 0.01' }));
    expect(status('z1')).toBe('1.38');
    expect(status('z2')).toBe('0.233');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('z2')).toBe('0.223');
  });

  it('follows x1 against the independent sum w·x', () => {
    render(<LayerWithBias id="t-layer-3" />);
    const x1 = screen.getByRole('slider', { name: /x1/ });
    fireEvent.keyDown(x1, { key: 'Home' }); // x1 = −5
    expect(status('z1')).toBe(shown(0.314 * -5 - 0.087 * 2 + 0.41 * 3));
    expect(status('z2')).toBe(shown(0.963 * -5 - 0.148 * 2 - 0.148 * 3));
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
