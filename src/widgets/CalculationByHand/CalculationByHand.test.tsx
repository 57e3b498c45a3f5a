import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import CalculationByHand from './CalculationByHand';
import { exercises } from './exercises';
import { params as calculationSchema } from './params';
import { defaultsOf } from '../shared/params';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const shown = (x: number) => Number(x.toFixed(3)).toString().replace('-', '\u2212');
const status = (name: string) => screen.getByRole('status', { name });

describe('<CalculationByHand />', () => {
  it('shows the essay example: z = 1.0 − 0.6 + 0.1 = 0.5, a = σ(0.5) ≈ 0.622, class 1', () => {
    render(<CalculationByHand id="t-calc" />);
    expect(screen.getByRole('figure', { name: 'A calculation by hand' })).toBeTruthy();
    expect(status('z').textContent).toBe('0.5');
    expect(status('a').textContent).toBe(shown(sigmoid(0.5)));
    expect(status('a').textContent).toBe('0.622');
    expect(status('class').textContent).toBe('1');
    // The live equation has the numbers substituted, typeset with MathML, and no float noise.
    const figure = screen.getByRole('figure', { name: 'A calculation by hand' });
    expect(figure.querySelectorAll('math').length).toBeGreaterThan(0);
    expect(figure.textContent).not.toContain('0.49999');
    expect(screen.getByRole('img', { name: /How sensitive a is to each weight/ })).toBeTruthy();
  });

  it('follows the keyboard on w1 and b, flips the class, and resets', () => {
    const { container } = render(<CalculationByHand id="t-calc2" />);
    const w1 = screen.getByRole('slider', { name: /w1/ });
    for (let i = 0; i < 10; i++) fireEvent.keyDown(w1, { key: 'ArrowLeft' });
    // w1 = 0.5 − 10 × 0.01 = 0.4: z = 0.8 − 0.6 + 0.1 = 0.3.
    expect(status('z').textContent).toBe('0.3');
    expect(status('a').textContent).toBe(shown(sigmoid(0.3)));
    fireEvent.keyDown(screen.getByRole('slider', { name: /^b/ }), { key: 'Home' });
    // b = −2: z = 0.8 − 0.6 − 2 = −1.8, a < 0.5, class 0.
    expect(status('z').textContent).toBe('\u22121.8');
    expect(status('class').textContent).toBe('0');
    fireEvent.click(screen.getByRole('radio', { name: 'ReLU' }));
    expect(status('a').textContent).toBe('0');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('a').textContent).toBe('0.622');
  }, 20_000);
});

describe('chapter 7 exercises', () => {
  const example = defaultsOf(calculationSchema);
  const byId = (id: string) => exercises.find((e) => e.id === id)!;

  it('calc-class-0: solved exactly when b ≤ −0.4 and nothing else changed', () => {
    const check = byId('calc-class-0').check;
    expect(check(example)).toBe(false);
    expect(check({ ...example, b: -0.39 })).toBe(false);
    expect(check({ ...example, b: -0.4 })).toBe(true);
    expect(check({ ...example, b: -1, w1: 0.4 })).toBe(false);
  });

  it('summary-tanh-negative: one input changed, tanh, a < 0', () => {
    const check = byId('summary-tanh-negative').check;
    expect(check({ ...example, act: 'tanh', x1: 0 })).toBe(true);
    expect(check({ ...example, act: 'tanh', x1: 1 })).toBe(false);
    expect(check({ ...example, act: 'sigmoid', x1: 0 })).toBe(false);
    expect(check({ ...example, act: 'tanh', x1: 0, x2: 4 })).toBe(false);
  });
});
