import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import LayerIsMatrix from './LayerIsMatrix';
import { resetState } from '../shared/widgetStore';
import { defaultsOf } from '../shared/params';
import { exercises } from './exercises';
import { params } from './params';

// The numbers at every state are the oracle's (oracles.test.tsx); here: keys, picking a row, reset.
const status = (name: string) => screen.getByRole('status', { name }).textContent;

afterEach(() => resetState('t'));

describe('LayerIsMatrix', { timeout: 30_000 }, () => {
  it('grows to 16 inputs and 8 neurons with the keyboard, compacts the heat map, and resets', () => {
    render(<LayerIsMatrix id="t" />);
    const W = () => screen.getByRole('table', { name: /Weight matrix W/ });
    expect(within(W()).getAllByRole('cell').filter((c) => c.textContent !== '')).toHaveLength(6);
    fireEvent.keyDown(screen.getByRole('slider', { name: /n_in/ }), { key: 'End' });
    const nOut = screen.getByRole('slider', { name: /n_out/ });
    for (let i = 0; i < 6; i++) fireEvent.keyDown(nOut, { key: 'ArrowRight' });
    expect(status('W shape')).toBe('8 × 16');
    expect(within(screen.getByRole('table', { name: 'Result z' })).getAllByRole('cell')).toHaveLength(8);
    expect(screen.getByRole('button', { name: 'n8' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('parameters')).toBe('8');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('writes out the picked neuron’s row, and the last one when the layer shrinks below it', () => {
    render(<LayerIsMatrix id="t" />);
    expect(screen.getByText('Neuron 1 (row 1 of W):')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'neuron 2' }));
    expect(screen.getByText('Neuron 2 (row 2 of W):')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'neuron 2' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(screen.getByRole('slider', { name: /n_out/ }), { key: 'Home' });
    expect(screen.getByText('Neuron 1 (row 1 of W):')).toBeTruthy();
  });

  it('checks the exercise against the state', () => {
    const s = defaultsOf(params);
    expect(exercises[0].check(s)).toBe(false);
    expect(exercises[0].check({ ...s, nIn: 16, nOut: 8 })).toBe(true);
    expect(exercises[0].check({ ...s, nIn: 8, nOut: 16 })).toBe(false);
  });
});
