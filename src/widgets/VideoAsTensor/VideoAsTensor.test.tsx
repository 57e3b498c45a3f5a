import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import VideoAsTensor from './VideoAsTensor';
import { byteSize } from './videoMath';

describe('VideoAsTensor', () => {
  it('follows the keyboard and the channel choice, then resets', () => {
    const { container } = render(<VideoAsTensor id="t-video" />);
    const numbers = screen.getByRole('status', { name: 'numbers' });
    const frames = screen.getByRole('slider', { name: /^F/ });
    fireEvent.keyDown(frames, { key: 'Home' });
    fireEvent.click(screen.getByRole('radio', { name: '1 (grayscale)' }));
    const h = screen.getByRole('slider', { name: /^H/ });
    for (let i = 0; i < 4; i++) fireEvent.keyDown(h, { key: 'ArrowLeft' });
    // 1 × 220 × 224 × 1 = 49,280
    expect(numbers.textContent).toBe('49,280');
    expect(screen.getByText(/1 frames last about 0.03 s/)).toBeTruthy();
    fireEvent.keyDown(frames, { key: 'End' });
    fireEvent.keyDown(h, { key: 'End' });
    fireEvent.keyDown(screen.getByRole('slider', { name: /^W/ }), { key: 'End' });
    fireEvent.click(screen.getByRole('radio', { name: '3 (RGB)' }));
    // 600 × 1080 × 1920 × 3 = 3,732,480,000, never in scientific form
    expect(numbers.textContent).toBe('3,732,480,000');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined|×10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(numbers.textContent).toBe('45,158,400');
  });

  it('writes sizes in the unit their rounded value fits', () => {
    expect(byteSize(999)).toBe('999 bytes');
    expect(byteSize(188160)).toBe('188.2 kB');
    expect(byteSize(999960)).toBe('1.0 MB');
    expect(byteSize(4 * 3_732_480_000)).toBe('14.9 GB');
  });
});
