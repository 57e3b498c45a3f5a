import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import ThousandInputs from './ThousandInputs';
import { defaultsOf, nextSeed } from '../shared/params';
import { params } from './params';
import { oracle } from './oracle';

const status = (name: string) => screen.getByRole('status', { name });
/** z as the oracle has it, at the figure's three decimals. */
const shownZ = (patch: object) => {
  const z = oracle({ ...defaultsOf(params), ...patch }).readouts!.z as number;
  return Number(z.toFixed(3)).toString().replace('-', '\u2212');
};

describe('ThousandInputs', { timeout: 30_000 }, () => {
  it('times the dot product once n has settled', async () => {
    render(<ThousandInputs id="t-thousand" />);
    expect(screen.getByText(/the time is measured in your browser/)).toBeTruthy();
    expect(await screen.findByText(/1,000 multiplications and additions, computed in [0-9.]+ ms/)).toBeTruthy();
    expect(screen.getByRole('img', { name: /The 1,000 products/ })).toBeTruthy();
  });

  it('moves n in half-doublings with the keyboard, down to a single input', () => {
    render(<ThousandInputs id="t-thousand2" />);
    const n = screen.getByRole('slider', { name: /^n/ });
    fireEvent.keyDown(n, { key: 'ArrowRight' });
    expect(status('n').textContent).toBe('1,024');
    fireEvent.keyDown(n, { key: 'ArrowRight' });
    // 2^10.5 ≈ 1448.15
    expect(status('n').textContent).toBe('1,448');
    fireEvent.keyDown(n, { key: 'Home' });
    expect(status('n').textContent).toBe('1');
    fireEvent.keyDown(n, { key: 'End' });
    expect(status('n').textContent).toBe('10,000');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined|—/);
  });

  it('switches to unit weights, resamples, and resets', () => {
    render(<ThousandInputs id="t-thousand3" />);
    fireEvent.click(screen.getByRole('radio', { name: 'N(0, 1)' }));
    expect(status('z').textContent).toBe(shownZ({ scale: 'unit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Resample' }));
    expect(status('z').textContent).toBe(shownZ({ scale: 'unit', seed: nextSeed(42) }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('z').textContent).toBe(shownZ({}));
  });
});
