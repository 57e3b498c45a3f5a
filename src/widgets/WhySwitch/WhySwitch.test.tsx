import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import WhySwitch from './WhySwitch';
import { sampleLayers } from './whySwitchMath';

vi.setConfig({ testTimeout: 30_000 });

const status = (name: string) => screen.getByRole('status', { name }).textContent;
const shown = (x: number) => String(Number(x.toFixed(3))).replace('-', '\u2212');

// Independent forward pass with plain arrays: 2×2 matrix times vector, f between layers.
function forward(k: number, x: number[], f: ((v: number) => number) | null): number[] {
  let h = x;
  sampleLayers(5, k).forEach((W, i) => {
    const d = W.data;
    h = [d[0] * h[0] + d[1] * h[1], d[2] * h[0] + d[3] * h[1]];
    if (f && i < k - 1) h = h.map(f);
  });
  return h;
}
const vec = (v: number[]) => `(${shown(v[0])}, ${shown(v[1])})`;

describe('WhySwitch', () => {
  it('shows the stack and the single matrix agreeing at the default input', () => {
    render(<WhySwitch id="t-ws-1" />);
    expect(screen.getByRole('figure', { name: 'Why a switch at all' })).toBeTruthy();
    const want = vec(forward(3, [1, 1], null));
    expect(status('stack of layers')).toBe(want);
    expect(status('one layer P x')).toBe(want);
    expect(screen.queryByRole('status', { name: /between/ })).toBeNull();
  });

  it('adds a layer with the keyboard and a ReLU with the toggle', () => {
    render(<WhySwitch id="t-ws-2" />);
    fireEvent.keyDown(screen.getByRole('slider', { name: /^k/ }), { key: 'ArrowRight' });
    expect(status('one layer P x')).toBe(vec(forward(4, [1, 1], null)));
    fireEvent.click(screen.getByRole('switch', { name: 'activation between layers' }));
    expect(status('with ReLU between')).toBe(vec(forward(4, [1, 1], (v) => Math.max(0, v))));
    fireEvent.click(screen.getByRole('radio', { name: 'tanh' }));
    expect(status('with tanh between')).toBe(vec(forward(4, [1, 1], Math.tanh)));
    fireEvent.click(screen.getByRole('button', { name: 'Resample' }));
    expect(status('stack of layers')).not.toBe(vec(forward(4, [1, 1], null)));
    expect(status('stack of layers')).toBe(status('one layer P x'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('stack of layers')).toBe(vec(forward(3, [1, 1], null)));
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
