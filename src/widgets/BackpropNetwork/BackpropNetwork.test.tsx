import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import BackpropNetwork from './BackpropNetwork';

const value = (name: string) => screen.getByRole('status', { name }).textContent;
const sigma = (z: number) => 1 / (1 + Math.exp(-z));

// The example worked by hand: z¹ = (0.5, 0.6), z² = 0.8σ(0.5) − 0.5σ(0.6) + 0.2.
const a1 = [sigma(0.5), sigma(0.6)];
const a2 = sigma(0.8 * a1[0] - 0.5 * a1[1] + 0.2);
const d2 = (a2 - 1) * a2 * (1 - a2);
const d1 = [0.8 * d2 * a1[0] * (1 - a1[0]), -0.5 * d2 * a1[1] * (1 - a1[1])];
const minus = (s: string) => s.replace(/-/g, '−');

describe('<BackpropNetwork>', { timeout: 30_000 }, () => {
  it('steps backward one unit at a time, each δ as the product of its factors', () => {
    render(<BackpropNetwork id="t-bpn-1" />);
    const step = screen.getByRole('button', { name: 'Step backward' });
    const figure = screen.getByRole('figure', { name: 'Backpropagation through a network' });
    expect(figure.textContent).toContain('Forward pass done');
    fireEvent.click(step);
    expect(figure.textContent).toContain(`≈ ${minus(d2.toFixed(4))}`);
    expect(figure.textContent).toContain(`∂L/∂w²₁ = (${minus(d2.toFixed(6))}) · ${a1[0].toFixed(6)} ≈ ${minus((d2 * a1[0]).toFixed(4))}`);
    fireEvent.click(step);
    expect(figure.textContent).toContain(`δ¹₁ = w²₁ · δ⁽²⁾ · σ′(z¹₁) = 0.8 · (${minus(d2.toFixed(6))}) · ${(a1[0] * (1 - a1[0])).toFixed(6)} ≈ ${minus(d1[0].toFixed(4))}`);
    fireEvent.click(step);
    expect(figure.textContent).toContain(`≈ ${d1[1].toFixed(4)}`);
    expect(step).toHaveProperty('disabled', true);
  });

  it('lists every gradient beside its finite difference, agreeing to 1e−6 at h = 1e−4', () => {
    render(<BackpropNetwork id="t-bpn-2" />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(9);
    const expected = [d2 * a1[0], d2 * a1[1], d2, 2 * d1[0], 3 * d1[0], d1[0], 2 * d1[1], 3 * d1[1], d1[1]];
    rows.forEach((row, i) => {
      const cells = within(row).getAllByRole('cell').map((c) => Number(c.textContent!.replace('−', '-')));
      expect(cells[2]).toBeCloseTo(expected[i], 8);
      expect(Math.abs(cells[2] - cells[3])).toBeLessThan(1e-6);
    });
  });

  it('applies one update to all nine parameters and shows the new output and loss; Reset returns', () => {
    render(<BackpropNetwork id="t-bpn-3" />);
    fireEvent.click(screen.getByRole('button', { name: 'Apply update' }));
    // θ ← θ − 0.5 ∂L/∂θ for each of the nine, then the forward pass again by hand.
    const w1 = [[0.5 - 0.5 * 2 * d1[0], -0.2 - 0.5 * 3 * d1[0]], [-0.3 - 0.5 * 2 * d1[1], 0.4 - 0.5 * 3 * d1[1]]];
    const b1 = [0.1 - 0.5 * d1[0], 0 - 0.5 * d1[1]];
    const w2 = [0.8 - 0.5 * d2 * a1[0], -0.5 - 0.5 * d2 * a1[1]];
    const b2 = 0.2 - 0.5 * d2;
    const h = w1.map((row, j) => sigma(row[0] * 2 + row[1] * 3 + b1[j]));
    const after = sigma(w2[0] * h[0] + w2[1] * h[1] + b2);
    expect(value('a⁽²⁾ before → after')).toBe(`${a2.toFixed(4)} → ${after.toFixed(4)}`);
    expect(value('L before → after')).toBe(`${(0.5 * (a2 - 1) ** 2).toFixed(4)} → ${(0.5 * (after - 1) ** 2).toFixed(4)}`);
    expect(value('a⁽²⁾')).toBe(after.toFixed(4));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(value('a⁽²⁾')).toBe(a2.toFixed(4));
    expect(screen.queryByRole('status', { name: 'L before → after' })).toBeNull();
  });

  it('moves a weight by keys on its edge and an input on its node, as their sliders, and never shows NaN at the sliders’ ends', () => {
    const { container } = render(<BackpropNetwork id="t-bpn-4" />);
    const edge = screen.getByRole('slider', { name: 'Drag handle: weight hidden 1 → output' });
    expect(edge.getAttribute('aria-valuetext')).toBe('w²₁ = 0.8');
    // A tenth of the ±10 range (PageUp): 0.8 + 2 = 2.8.
    fireEvent.keyDown(edge, { key: 'PageUp' });
    expect(screen.getByRole('slider', { name: 'w²₁ (hidden 1 → output)' }).getAttribute('value')).toBe('2.8');
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Drag handle: input 2' }), { key: 'ArrowDown' });
    expect((screen.getByRole('slider', { name: 'x2 (input 2)' }) as HTMLInputElement).value).toBe('2.9');
    for (const slider of screen.getAllByRole('slider')) fireEvent.keyDown(slider, { key: 'End' });
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
    for (const slider of screen.getAllByRole('slider')) fireEvent.keyDown(slider, { key: 'Home' });
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
