import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import LayerIsMatrix from './LayerIsMatrix';
import { resetState } from '../shared/widgetStore';
import { createRng, fillNormal } from '../../core';
import { exercises } from './exercises';
import { layerSchema } from './layerState';
import { defaultsOf } from '../shared/params';

const shown2 = (x: number) => Number(x.toFixed(2)).toString().replace('-', '\u2212');
const status = (name: string) => screen.getByRole('status', { name });

/** Independent z: W ~ N(0, 2/(n_in + n_out)) from the seed, x from seed + 1 rounded to 0.1, plain loops. */
function expectedZ(nIn: number, nOut: number, seed: number, b: number): number[] {
  const W = fillNormal(createRng(seed), new Float64Array(nIn * nOut), 0, Math.sqrt(2 / (nIn + nOut)));
  const rng = createRng(seed + 1);
  const x = Array.from({ length: nIn }, () => Math.round(rng.uniform() * 20 - 10) / 10);
  return Array.from({ length: nOut }, (_, j) => {
    let z = b;
    for (let k = 0; k < nIn; k++) z += W[j * nIn + k] * x[k];
    return z;
  });
}

afterEach(() => resetState('t'));

describe('LayerIsMatrix', { timeout: 30_000 }, () => {
  it('shows the 2 × 3 example: shapes, 8 parameters and z = Wx + b', () => {
    render(<LayerIsMatrix id="t" />);
    expect(status('W shape').textContent).toBe('2 × 3');
    expect(status('x shape').textContent).toBe('3');
    expect(status('z shape').textContent).toBe('2');
    expect(status('parameters').textContent).toBe('8');
    const zTable = screen.getByRole('table', { name: 'Result z' });
    const cells = within(zTable).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(expectedZ(3, 2, 42, 0).map(shown2));
    const W = screen.getByRole('table', { name: /Weight matrix W, 2 × 3/ });
    expect(within(W).getAllByRole('cell').filter((c) => c.textContent !== '')).toHaveLength(6);
  });

  it('grows to 16 inputs and 8 neurons with the keyboard: 136 parameters', () => {
    render(<LayerIsMatrix id="t" />);
    fireEvent.keyDown(screen.getByRole('slider', { name: /n_in/ }), { key: 'End' });
    const nOut = screen.getByRole('slider', { name: /n_out/ });
    for (let i = 0; i < 6; i++) fireEvent.keyDown(nOut, { key: 'ArrowRight' });
    expect(status('W shape').textContent).toBe('8 × 16');
    expect(status('parameters').textContent).toBe(String(8 * 16 + 8));
    const zTable = screen.getByRole('table', { name: 'Result z' });
    expect(within(zTable).getAllByRole('cell').map((c) => c.textContent)).toEqual(expectedZ(16, 8, 42, 0).map(shown2));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('parameters').textContent).toBe('8');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('adds b to every neuron and shows the picked neuron’s row', () => {
    render(<LayerIsMatrix id="t" />);
    fireEvent.keyDown(screen.getByRole('slider', { name: /^b/ }), { key: 'End' });
    const zTable = screen.getByRole('table', { name: 'Result z' });
    expect(within(zTable).getAllByRole('cell').map((c) => c.textContent)).toEqual(expectedZ(3, 2, 42, 1).map(shown2));
    fireEvent.click(screen.getByRole('button', { name: 'neuron 2' }));
    expect(screen.getByText('Neuron 2 (row 2 of W):')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'neuron 2' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('checks the exercise against the state', () => {
    const s = defaultsOf(layerSchema);
    expect(exercises[0].check(s)).toBe(false);
    expect(exercises[0].check({ ...s, nIn: 16, nOut: 8 })).toBe(true);
    expect(exercises[0].check({ ...s, nIn: 8, nOut: 16 })).toBe(false);
  });
});
