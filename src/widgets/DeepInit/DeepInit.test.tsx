import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import DeepInit from './DeepInit';

/** The figure rendered; its readouts by name, its sliders, radios and buttons, its panels by layer. */
function renderDeep(id: string) {
  render(<DeepInit id={id} />);
  const figure = within(screen.getByRole('figure', { name: 'Deep network initialization' }));
  return {
    readout: (name: string) => figure.getByRole('status', { name }).textContent,
    key: (slider: RegExp, key: string) => fireEvent.keyDown(figure.getByRole('slider', { name: slider }), { key }),
    click: (name: string | RegExp) => fireEvent.click(figure.getByRole('radio', { name })),
    press: (name: string) => fireEvent.click(figure.getByRole('button', { name })),
    panels: () => figure.getAllByText(/^layer \d+, variance /),
  };
}

// The numbers at the default and at random states are the oracle's (oracle.ts); these tests
// follow the controls (jsdom has no Worker: the summary is computed in place).
describe('<DeepInit>', { timeout: 30_000 }, () => {
  it('opens on Xavier + tanh with one activation and one gradient panel per layer, and no seed slider', () => {
    const { readout, panels } = renderDeep('t-deep-1');
    expect(readout('Var(w)')).toBe('0.01');
    expect(panels()).toHaveLength(20);
    expect(screen.queryByRole('slider', { name: /seed/ })).toBeNull();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('follows the controls: width by keyboard, then too small and He + ReLU by clicks', () => {
    const { readout, key, click } = renderDeep('t-deep-2');
    key(/^width/, 'Home'); // width 16
    expect(readout('Var(w)')).toBe('0.0625'); // 2 / (16 + 16)
    click(/too small/);
    expect(readout('gain per layer')).toBe('0.002'); // 16 · 0.0001 = 0.0016
    expect(readout('signal')).toBe('vanishing');
    key(/^K /, 'End');
    // 20 layers of 0.0016: the last variance is ~10⁻⁵⁶, shown as such and not as "0".
    expect(readout('Var(a) last layer')).toMatch(/×10⁻/);
    expect(screen.getByText(/^layer 20, variance .*×10⁻/, { selector: '.nn-deep-multiples__label' })).toBeTruthy();
    click('He');
    click('ReLU');
    expect(readout('gain per layer')).toBe('1'); // 16 · 0.125 · ½
    click(/too large/);
    expect(readout('signal')).toBe('exploding');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('draws one panel per layer when L changes, Resample draws anew, and Reset brings back the example', () => {
    const { readout, key, press, panels } = renderDeep('t-deep-3');
    key(/^width/, 'Home');
    key(/^K /, 'Home');
    expect(panels()).toHaveLength(2);
    const before = readout('Var(a) last layer');
    press('Resample');
    expect(readout('Var(a) last layer')).not.toBe(before);
    press('Reset');
    expect(readout('Var(w)')).toBe('0.01');
    expect(panels()).toHaveLength(20);
  });
});
