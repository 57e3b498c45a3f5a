import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import VideoAsTensor from './VideoAsTensor';
import { resetState } from '../shared/widgetStore';
import { byteSize } from './videoMath';
import { videoCode } from './videoCode';

const status = (name: string) => screen.getByRole('status', { name });

afterEach(() => resetState('t'));

describe('VideoAsTensor', () => {
  it('shows the essay clip: 300 × 224 × 224 × 3 = 45,158,400', () => {
    render(<VideoAsTensor id="t" />);
    expect(status('shape').textContent).toBe('300 × 224 × 224 × 3');
    expect(status('numbers').textContent).toBe('45,158,400');
    expect(status('per frame').textContent).toBe('150,528');
    // 45,158,400 × 4 bytes = 180,633,600 bytes.
    expect(status('float32 size').textContent).toBe('180.6 MB');
  });

  it('follows the keyboard and the channel choice, then resets', () => {
    render(<VideoAsTensor id="t" />);
    const frames = screen.getByRole('slider', { name: /^F/ });
    fireEvent.keyDown(frames, { key: 'Home' });
    fireEvent.click(screen.getByRole('radio', { name: '1 (grayscale)' }));
    const h = screen.getByRole('slider', { name: /^H/ });
    for (let i = 0; i < 4; i++) fireEvent.keyDown(h, { key: 'ArrowLeft' });
    // 1 × 220 × 224 × 1 = 49,280
    expect(status('numbers').textContent).toBe('49,280');
    fireEvent.keyDown(frames, { key: 'End' });
    fireEvent.keyDown(h, { key: 'End' });
    fireEvent.keyDown(screen.getByRole('slider', { name: /^W/ }), { key: 'End' });
    fireEvent.click(screen.getByRole('radio', { name: '3 (RGB)' }));
    // 600 × 1080 × 1920 × 3 = 3,732,480,000
    expect(status('numbers').textContent).toBe('3,732,480,000');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('numbers').textContent).toBe('45,158,400');
  });

  it('formats sizes and code', () => {
    expect(byteSize(999)).toBe('999 bytes');
    expect(byteSize(188160)).toBe('188.2 kB');
    expect(videoCode(60, 28, 28, 1, 47040).numpy).toContain('np.zeros((60, 28, 28, 1)');
  });
});
