import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import BackpropCost from './BackpropCost';
import { formatDuration } from './CostAside';

const value = (name: string) => screen.getByRole('status', { name }).textContent;

describe('<BackpropCost>', { timeout: 30_000 }, () => {
  it('counts the passes of 784-128-10 and of the smallest network, and times them (the placeholder runs at once)', async () => {
    render(<BackpropCost id="t-bpc-1" />);
    // 784·128 + 128 + 128·10 + 10 weights and biases; two forward passes each.
    expect(value('parameters')).toBe('101,770');
    expect(value('finite-difference passes')).toBe('203,540');
    // jsdom has no Worker: the passes are timed here, and a time is shown in words and units.
    expect(await screen.findByRole('status', { name: 'one forward pass' })).toHaveProperty('textContent', expect.stringMatching(/^\d[\d.]* (ms|s)$/));
    fireEvent.keyDown(screen.getByRole('slider', { name: 'inputs' }), { key: 'Home' });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'hidden units per layer' }), { key: 'Home' });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'outputs' }), { key: 'Home' });
    expect(value('network')).toBe('1-1-1');
    expect(value('parameters')).toBe('4');
  });

  it('writes a duration in the unit that reads best', () => {
    expect(formatDuration(0.0421)).toBe('0.042 ms');
    expect(formatDuration(3.14)).toBe('3.1 ms');
    expect(formatDuration(12_345)).toBe('12.3 s');
    expect(formatDuration(252_000)).toBe('4.2 min');
  });
});
