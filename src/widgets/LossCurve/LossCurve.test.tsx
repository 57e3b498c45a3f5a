import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import LossCurve from './LossCurve';
import { defaultsOf } from '../shared/params';
import { exercises } from './exercises';

const value = (name: string) => screen.getByRole('status', { name }).textContent;
const sig = (z: number) => 1 / (1 + Math.exp(-z));
const example = defaultsOf(LossCurve.definition.params);
type State = typeof example;
const texAt = (patch: Partial<State>) => {
  const s = { ...example, ...patch };
  return LossCurve.definition.equations!({ ...s, ...LossCurve.definition.derive!(s) }).join('\n');
};

// KaTeX typesets every equation in jsdom; on a busy machine a test can take several seconds.
describe('<LossCurve>', { timeout: 30_000 }, () => {
  it('follows w1, the loss choice and the target, and resets', () => {
    render(<LossCurve id="t-loss-1" />);
    expect(value('L')).toBe('0.071');
    const w1 = screen.getByRole('slider', { name: 'w1 (weight 1)' });
    for (let i = 0; i < 10; i++) fireEvent.keyDown(w1, { key: 'ArrowRight' });
    const a = sig(0.6 * 2 - 0.6 + 0.1);
    fireEvent.click(screen.getByRole('radio', { name: 'cross-entropy' }));
    expect(value('L')).toBe((-Math.log(a)).toFixed(3));
    expect(screen.getByRole('img', { name: /cross-entropy/ })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('slider', { name: 'y (target)' }), { key: 'Home' });
    expect(value('L')).toBe((-Math.log(1 - a)).toFixed(3));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(value('L')).toBe('0.071');
  });
});

describe('the loss equations at the ends of the range', () => {
  // w1 = w2 = 3: z = 15.1, a = 0.99999972, 1 − a = 2.77×10⁻⁷.
  const saturated = { w1: 3, w2: 3 };
  it('write 1 − a in scientific form, never ln(1 − 1), and drop a term whose factor is 0', () => {
    const tex = texAt({ ...saturated, y: 0.5, loss: 'bce' });
    expect(tex).toContain('\\ln(\\htmlClass{nn-term-a}{2.77\\times10^{-7}})');
    expect(texAt({ ...saturated, y: 1, loss: 'bce' })).not.toMatch(/\\ln\(\\htmlClass\{nn-term-a\}\{(0|1)\}\)|\{0\}\\ln/);
    expect(texAt({ ...saturated, y: 0, loss: 'bce' })).not.toMatch(/\{0\}\\ln/);
  });
  it('say L ≈ 3.83×10⁻¹⁴ for the squared error, not L = 0', () => {
    expect(texAt({ ...saturated, loss: 'mse' })).toContain('&\\approx 3.83\\times10^{-14}');
  });
  it('name the true lowest point: for y = 0.3 it is at w1 = (ln(3/7) + 0.5) / 2 ≈ −0.174, not the grid’s −0.15', () => {
    render(<LossCurve id="t-loss-2" />);
    const y = screen.getByRole('slider', { name: 'y (target)' });
    for (let i = 0; i < 70; i++) fireEvent.keyDown(y, { key: 'ArrowLeft' });
    expect(value('lowest L at w1')).toBe('−0.174');
  });
});

describe('chapter 10 exercise loss-target-zero', () => {
  it('is unsolved at the example and solved below w1 ≈ −0.65', () => {
    const [check] = exercises.map((e) => e.check);
    expect(check(example)).toBe(false);
    expect(check({ ...example, y: 0, w1: -0.7 })).toBe(true); // z = −1.9, a = 0.130, L = 0.0085
    expect(check({ ...example, y: 0, w1: -0.6 })).toBe(false); // z = −1.7, a = 0.154, L = 0.0119
  });
});
