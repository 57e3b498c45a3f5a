import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CRITICAL_ETA } from '../../core';
import GradientDescent from './GradientDescent';
import { DIVERGED_MESSAGE } from './params';
import { defaultsOf } from '../shared/params';
import { exercises } from './exercises';

const value = (name: string) => screen.getByRole('status', { name }).textContent;

// KaTeX typesets every equation in jsdom; on a busy machine a test can take several seconds.
describe('<GradientDescent>', { timeout: 30_000 }, () => {
  it('steps from (−2.5, 1.5) with η = 0.1 and resets', () => {
    render(<GradientDescent id="t-gd-1" />);
    expect(value('step')).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(value('step')).toBe('1');
    expect(value('w1')).toBe('−2.25'); // −2.5·0.9
    expect(value('w2')).toBe('0.75'); // 1.5·0.5
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(value('step')).toBe('0');
  });

  it('says "diverged" in words for a large learning rate, and stops there', () => {
    render(<GradientDescent id="t-gd-2" />);
    const eta = screen.getByRole('textbox', { name: 'eta (learning rate) exact value' });
    fireEvent.change(eta, { target: { value: '0.45' } });
    fireEvent.keyDown(eta, { key: 'Enter' });
    const step = screen.getByRole('button', { name: 'Step' });
    for (let i = 0; i < 15; i++) fireEvent.click(step);
    expect(value('L')).toBe('diverged');
    expect(value('step')).toBe('12');
    expect(screen.getByRole('alert').textContent).toBe(DIVERGED_MESSAGE);
    expect(screen.getByRole('button', { name: 'Run 20 steps' })).toHaveProperty('disabled', true);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('runs N steps one a frame, and Reset stops a run', async () => {
    render(<GradientDescent id="t-gd-4" />);
    fireEvent.click(screen.getByRole('button', { name: 'Run 20 steps' }));
    expect(screen.getByRole('button', { name: 'Run 20 steps' })).toHaveProperty('disabled', true);
    await waitFor(() => expect(value('step')).toBe('20'), { timeout: 10_000 });
    expect(value('w1')).toBe((-2.5 * 0.9 ** 20).toFixed(3).replace('-', '−'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Run 20 steps' })).toHaveProperty('disabled', false));
    fireEvent.click(screen.getByRole('button', { name: 'Run 20 steps' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await new Promise((r) => setTimeout(r, 200));
    expect(value('step')).toBe('0');
  });

  it('moves the start with the keyboard', () => {
    render(<GradientDescent id="t-gd-3" />);
    fireEvent.keyDown(screen.getByRole('slider', { name: 'w1₀ (start w1)' }), { key: 'End' });
    expect(value('w1')).toBe('3');
  });
});

describe('chapter 10', () => {
  it('gd-largest-rate is unsolved at the example and solved just below the critical rate 0.4', () => {
    const [check] = exercises.map((e) => e.check);
    const g = defaultsOf(GradientDescent.definition.params);
    expect(check(g)).toBe(false);
    expect(check({ ...g, eta: 0.38, steps: 20 })).toBe(true);
    expect(check({ ...g, eta: 0.41, steps: 20 })).toBe(false);
  });

  it('prints the critical rate the core computes', () => {
    const chapter = readFileSync(resolve(process.cwd(), 'content/08-loss-and-gradient-descent.mdx'), 'utf8');
    expect(chapter).toContain(`\\frac{2}{5} = ${CRITICAL_ETA}`);
  });
});
