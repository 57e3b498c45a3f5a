import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import SoundToNumbers from './SoundToNumbers';
import { resetState } from '../shared/widgetStore';
import { sampleCount } from './soundMath';

const status = (name: string) => screen.getByRole('status', { name });

afterEach(() => resetState('t'));

describe('SoundToNumbers', () => {
  it('follows the rate and duration sliders, warns about aliasing, and resets', () => {
    const { container } = render(<SoundToNumbers id="t" />);
    expect(status('samples').textContent).toBe('20');
    const rate = screen.getByRole('slider', { name: /^r/ });
    for (let i = 0; i < 14; i++) fireEvent.keyDown(rate, { key: 'ArrowLeft' });
    // r = 6 = 2 × 3: aliasing.
    expect(screen.getByText(/aliasing/)).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('slider', { name: /^T/ }), { key: 'End' });
    expect(status('samples').textContent).toBe('12');
    // The lowest rate and the shortest clip still give one whole sample: ⌊4 × 0.25⌋ = 1.
    fireEvent.keyDown(rate, { key: 'Home' });
    fireEvent.keyDown(screen.getByRole('slider', { name: /^T/ }), { key: 'Home' });
    expect(status('samples').textContent).toBe('1');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined|—/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('samples').textContent).toBe('20');
    expect(screen.getByRole('img', { name: 'A 3 Hz tone sampled 20 times per second' })).toBeTruthy();
  });

  it('counts whole samples only', () => {
    expect(sampleCount(44100, 1)).toBe(44100);
    expect(sampleCount(20, 0.25)).toBe(5);
    expect(sampleCount(13, 1.5)).toBe(19);
  });
});
