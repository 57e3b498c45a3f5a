import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import WhySwitch from './WhySwitch';

// The numbers at every state are the oracle's (oracles.test.tsx); here: keys, switch, resample, reset.
const status = (name: string) => screen.getByRole('status', { name }).textContent;

describe('WhySwitch', { timeout: 30_000 }, () => {
  it('adds a layer with the keyboard, a ReLU or tanh with the toggle; the stack and P x agree after Resample; Reset', () => {
    render(<WhySwitch id="t-ws" />);
    expect(screen.getByRole('figure', { name: 'Why a switch at all' })).toBeTruthy();
    const initial = status('stack of layers');
    expect(screen.queryByRole('status', { name: /between/ })).toBeNull();
    fireEvent.keyDown(screen.getByRole('slider', { name: /^K/ }), { key: 'ArrowRight' });
    expect(status('stack of layers')).not.toBe(initial);
    expect(status('one layer P x')).toBe(status('stack of layers'));
    fireEvent.click(screen.getByRole('switch', { name: 'activation between layers' }));
    expect(status('with ReLU between')).toMatch(/^\(.+, .+\)$/);
    fireEvent.click(screen.getByRole('radio', { name: 'tanh' }));
    expect(status('with tanh between')).toMatch(/^\(.+, .+\)$/);
    const before = status('stack of layers');
    fireEvent.click(screen.getByRole('button', { name: 'Resample' }));
    expect(status('stack of layers')).not.toBe(before);
    expect(status('stack of layers')).toBe(status('one layer P x'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('stack of layers')).toBe(initial);
    expect(screen.queryByRole('status', { name: /between/ })).toBeNull();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
