import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import ThousandInputs from './ThousandInputs';
import { resetState } from '../shared/widgetStore';
import { createRng, fillNormal, fillUniform } from '../../core';

const shown = (x: number) => Number(x.toFixed(3)).toString().replace('-', '\u2212');
const status = (name: string) => screen.getByRole('status', { name });

/** Independent z: the same seeded draws, summed in a plain loop; Xavier sd = √(2/(n + 1)). */
function expectedZ(n: number, seed: number, b: number, sd: number): number {
  const rng = createRng(seed);
  const x = fillUniform(rng, new Float64Array(n), 0, 1);
  const w = fillNormal(rng, new Float64Array(n), 0, sd);
  let z = b;
  for (let i = 0; i < n; i++) z += w[i] * x[i];
  return z;
}

afterEach(() => resetState('t'));

describe('ThousandInputs', { timeout: 30_000 }, () => {
  it('shows n = 1,000 and z for the default seed, then the measured time', async () => {
    render(<ThousandInputs id="t" />);
    expect(status('n').textContent).toBe('1,000');
    expect(status('z').textContent).toBe(shown(expectedZ(1000, 42, 0, Math.sqrt(2 / 1001))));
    expect(await screen.findByText(/computed in [0-9.]+ ms/)).toBeTruthy();
    expect(screen.getByRole('img', { name: /The 1,000 products/ })).toBeTruthy();
  });

  it('moves n in half-doublings with the keyboard, down to a single input', () => {
    render(<ThousandInputs id="t" />);
    const n = screen.getByRole('slider', { name: /^n/ });
    fireEvent.keyDown(n, { key: 'ArrowRight' });
    expect(status('n').textContent).toBe('1,024');
    expect(status('z').textContent).toBe(shown(expectedZ(1024, 42, 0, Math.sqrt(2 / 1025))));
    fireEvent.keyDown(n, { key: 'Home' });
    expect(status('n').textContent).toBe('1');
    expect(status('z').textContent).toBe(shown(expectedZ(1, 42, 0, Math.sqrt(2 / 2))));
    fireEvent.keyDown(n, { key: 'End' });
    expect(status('n').textContent).toBe('10,000');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('switches to unit weights, resamples, and resets', () => {
    render(<ThousandInputs id="t" />);
    fireEvent.click(screen.getByRole('radio', { name: 'N(0, 1)' }));
    expect(status('z').textContent).toBe(shown(expectedZ(1000, 42, 0, 1)));
    fireEvent.click(screen.getByRole('button', { name: 'Resample' }));
    const seed = (42 * 7919 + 1) % 1_000_000;
    expect(status('z').textContent).toBe(shown(expectedZ(1000, seed, 0, 1)));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('z').textContent).toBe(shown(expectedZ(1000, 42, 0, Math.sqrt(2 / 1001))));
  });
});
