import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import NeuronPlayground from './NeuronPlayground';

// The numbers at the default and at random states are the oracle's (oracles.test.tsx); these
// tests follow the controls: keyboard, choice, Reset, and the w = 0 crossing.
const status = (name: string) => screen.getByRole('status', { name }).textContent;

describe('<NeuronPlayground />', () => {
  it('follows w, b and x driven by the keyboard, then resets', async () => {
    const { container } = render(<NeuronPlayground id="t-pg" />);
    expect(screen.getByRole('img', { name: 'a = sigmoid(wx + b) and z = wx + b over x' })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('slider', { name: /^w/ }), { key: 'Home' });
    // w = −3: z = −6 + 0.1 = −5.9.
    expect(status('z')).toBe('\u22125.9');
    fireEvent.keyDown(screen.getByRole('slider', { name: /^b/ }), { key: 'End' });
    // b = 3: z = −6 + 3 = −3; crossing at x = −3/−3 = 1.
    expect(status('z')).toBe('\u22123');
    expect(status('z = 0 at x')).toBe('1');
    fireEvent.keyDown(screen.getByRole('slider', { name: /^x/ }), { key: 'ArrowLeft' });
    // x = 1.9: z = −5.7 + 3 = −2.7.
    expect(status('z')).toBe('\u22122.7');
    await userEvent.click(screen.getByRole('radio', { name: 'ReLU' }));
    expect(status('a')).toBe('0');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('z')).toBe('1.1');
    expect(status('a')).toBe('0.75');
  }, 20_000);

  it('says "never" for the crossing when w = 0', () => {
    render(<NeuronPlayground id="t-pg3" />);
    const w = screen.getByRole('slider', { name: /^w/ });
    for (let i = 0; i < 50; i++) fireEvent.keyDown(w, { key: 'ArrowLeft' });
    expect(status('z = 0 at x')).toBe('never');
    expect(status('z')).toBe('0.1');
  }, 20_000);
});
