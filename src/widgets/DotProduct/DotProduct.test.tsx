import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import DotProduct from './DotProduct';
import { resetState } from '../shared/widgetStore';
import { exercises } from './exercises';
import { params } from './params';
import { defaultsOf } from '../shared/params';

// The numbers at the default and at random states are the oracle's (oracles.test.tsx); these
// tests follow the controls: keyboard, the ends of the ranges, Reset, and the exercise.
const status = (name: string) => screen.getByRole('status', { name }).textContent;
const press = (slider: RegExp, key: string, times = 1) => {
  const el = screen.getByRole('slider', { name: slider });
  for (let i = 0; i < times; i++) fireEvent.keyDown(el, { key });
};

afterEach(() => resetState('t'));

describe('DotProduct', { timeout: 30_000 }, () => {
  it('follows w3 driven by the keyboard and returns on Reset', () => {
    render(<DotProduct id="t" />);
    expect(screen.getByRole('img', { name: 'Inputs, weights and their products' })).toBeTruthy();
    press(/w3/, 'ArrowRight', 5);
    // w3 = 0.45: wᵀx = 1 − 0.6 + 0.45 = 0.85, z = 0.95
    expect(status('wᵀx')).toBe('0.85');
    expect(status('z')).toBe('0.95');
    press(/w3/, 'Home');
    // w3 = −2: wᵀx = 1 − 0.6 − 2 = −1.6, z = −1.5
    expect(status('z')).toBe('\u22121.5');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('z')).toBe('0.9');
  });

  it('follows x2 and b to their ends', () => {
    render(<DotProduct id="t" />);
    press(/x2/, 'End');
    press(/^b/, 'Home');
    // x2 = 5, b = −2: z = 1 − 1 + 0.4 − 2 = −1.6
    expect(status('wᵀx')).toBe('0.4');
    expect(status('z')).toBe('\u22121.6');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('checks the exercise: only w3 = −0.5 makes z exactly 0', () => {
    const ex = exercises[0];
    const s = defaultsOf(params);
    expect(ex.check(s)).toBe(false);
    expect(ex.check({ ...s, w3: -0.5 })).toBe(true);
    expect(ex.check({ ...s, w1: 0.25, w3: 0 })).toBe(false); // z = 0 but w1 was changed
  });
});
