import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import SoundToNumbers from './SoundToNumbers';
import { resetState } from '../shared/widgetStore';
import { sampleCount } from './soundMath';
import { sampleTex } from './soundTex';

const status = (name: string) => screen.getByRole('status', { name });
const shown = (x: number) => Number(x.toFixed(3)).toString().replace('-', '\u2212');

afterEach(() => resetState('t'));

describe('SoundToNumbers', () => {
  it('samples the 3 Hz tone 20 times in one second', () => {
    render(<SoundToNumbers id="t" />);
    expect(status('samples').textContent).toBe('20');
    // x_k = sin(2π·3·k/20) = sin(0.3πk): 0, sin(0.3π) ≈ 0.809, sin(0.6π) ≈ 0.951, …
    const first = [0, 1, 2, 3].map((k) => shown(Math.sin(0.3 * Math.PI * k)));
    expect(first).toEqual(['0', '0.809', '0.951', '0.309']);
    expect(status('first samples').textContent?.startsWith(first.join(', '))).toBe(true);
    expect(status('CD quality, one second').textContent).toBe('44,100');
  });

  it('follows the rate and duration sliders and warns about aliasing', () => {
    render(<SoundToNumbers id="t" />);
    const rate = screen.getByRole('slider', { name: /^r/ });
    for (let i = 0; i < 14; i++) fireEvent.keyDown(rate, { key: 'ArrowLeft' });
    // r = 6 = 2 × 3: aliasing.
    expect(screen.getByText(/aliasing/)).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('slider', { name: /^T/ }), { key: 'End' });
    expect(status('samples').textContent).toBe('12');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('samples').textContent).toBe('20');
    expect(screen.getByRole('img', { name: 'A 3 Hz tone sampled 20 times per second' })).toBeTruthy();
  });

  it('counts and typesets', () => {
    expect(sampleCount(44100, 1)).toBe(44100);
    expect(sampleCount(20, 0.25)).toBe(5);
    expect(sampleTex(3, 20)).toContain('\\approx \\htmlClass{nn-term-a}{0.809}');
  });
});
