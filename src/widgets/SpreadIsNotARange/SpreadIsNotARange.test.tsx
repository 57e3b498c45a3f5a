import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import SpreadIsNotARange from './SpreadIsNotARange';
import { createRng, fillNormal } from '../../core';

const status = (name: string) => screen.getByRole('status', { name });
const n = (name: string) => Number(status(name).textContent!.replace(/,/g, ''));

/** An independent count over the same seeded draws. */
function count(sigma: number, N: number, seed: number) {
  const w = fillNormal(createRng(seed), new Float64Array(N), 0, sigma);
  return {
    below: w.filter((v) => v < 0).length,
    inside: w.filter((v) => v >= 0 && v <= sigma).length,
    above: w.filter((v) => v > sigma).length,
    far: w.filter((v) => Math.abs(v) > 3 * sigma).length,
  };
}

describe('SpreadIsNotARange', { timeout: 30_000 }, () => {
  it('counts the default 1,000 draws from Normal(0, 0.632) by region', () => {
    render(<SpreadIsNotARange id="t-spread-1" />);
    expect(screen.getByRole('figure', { name: 'Spread is not a range' })).toBeTruthy();
    const c = count(0.632, 1000, 7);
    expect(n('below 0')).toBe(c.below);
    expect(n('inside [0, σ]')).toBe(c.inside);
    expect(n('above σ')).toBe(c.above);
    expect(n('beyond ±3σ')).toBe(c.far);
    expect(c.below + c.inside + c.above).toBe(1000);
    expect(screen.getByTestId('exact-below0').textContent).toBe('50\u00a0%');
    expect(screen.getByTestId('exact-inside').textContent).toBe('34.13\u00a0%');
    expect(screen.getByTestId('exact-aboveSigma').textContent).toBe('15.87\u00a0%');
    expect(screen.getByTestId('exact-beyond3').textContent).toBe('0.27\u00a0%');
  });

  it('follows σ and N on the keyboard, and Reset returns', () => {
    render(<SpreadIsNotARange id="t-spread-2" />);
    fireEvent.keyDown(screen.getByRole('slider', { name: /σ/ }), { key: 'ArrowRight' });
    fireEvent.keyDown(screen.getByRole('slider', { name: /N \(draws\)/ }), { key: 'ArrowRight' });
    const c = count(0.633, 1010, 7);
    expect(n('inside [0, σ]')).toBe(c.inside);
    expect(n('above σ')).toBe(c.above);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(n('inside [0, σ]')).toBe(count(0.632, 1000, 7).inside);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
