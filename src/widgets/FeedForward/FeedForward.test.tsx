import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import FeedForward from './FeedForward';
import { resetState } from '../shared/widgetStore';
import { createRng, fillNormal } from '../../core';

const shown = (x: number, d = 3) => Number(x.toFixed(d)).toString().replace('-', '\u2212');
const status = (name: string) => screen.getByRole('status', { name });
const sig = (z: number) => 1 / (1 + Math.exp(-z));

/** Independent forward pass: Xavier draws layer after layer from one generator, biases 0, plain loops. */
function expected(x: number[], sizes: number[], f: (z: number) => number, seed = 42): number[][] {
  const rng = createRng(seed);
  const as = [x];
  for (let l = 1; l < sizes.length; l++) {
    const nIn = sizes[l - 1], nOut = sizes[l];
    const W = fillNormal(rng, new Float64Array(nIn * nOut), 0, Math.sqrt(2 / (nIn + nOut)));
    as.push(Array.from({ length: nOut }, (_, j) => {
      let z = 0;
      for (let k = 0; k < nIn; k++) z += W[j * nIn + k] * as[l - 1][k];
      return f(z);
    }));
  }
  return as;
}

afterEach(() => resetState('t'));

describe('FeedForward', { timeout: 30_000 }, () => {
  it('shows the 2-3-3-1 example with the output and every node named', () => {
    render(<FeedForward id="t" />);
    const as = expected([2, 3], [2, 3, 3, 1], sig);
    expect(status('output').textContent).toBe(shown(as[3][0]));
    expect(status('parameters').textContent).toBe(String(2 * 3 + 3 + 3 * 3 + 3 + 3 + 1));
    expect(screen.getByRole('button', { name: `layer 1, neuron 2: a = ${shown(as[1][1], 2)}` })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'input 1: x1 = 2' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^layer 3 \(output\), neuron 1/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows a node’s own equation when it is focused, hovered or clicked', async () => {
    const user = userEvent.setup();
    render(<FeedForward id="t" />);
    const as = expected([2, 3], [2, 3, 3, 1], sig);
    const node = screen.getByRole('button', { name: /^layer 2, neuron 3/ });
    fireEvent.focusIn(node);
    expect(status('selected node').textContent).toBe(shown(as[2][2]));
    expect(screen.getByText(/^layer 2, neuron 3: a = /, { selector: 'p' })).toBeTruthy();
    await user.hover(screen.getByRole('button', { name: /^input 2/ }));
    expect(status('selected node').textContent).toBe('3');
    await user.click(screen.getByRole('button', { name: /^layer 1, neuron 1/ }));
    expect(status('selected node').textContent).toBe(shown(as[1][0]));
  });

  it('follows x1, the activation and the shape', () => {
    render(<FeedForward id="t" />);
    fireEvent.keyDown(screen.getByRole('slider', { name: /x1/ }), { key: 'Home' });
    fireEvent.click(screen.getByRole('radio', { name: 'tanh' }));
    expect(status('output').textContent).toBe(shown(expected([-5, 3], [2, 3, 3, 1], Math.tanh)[3][0]));
    fireEvent.keyDown(screen.getByRole('slider', { name: /hidden layers/ }), { key: 'End' });
    fireEvent.keyDown(screen.getByRole('slider', { name: /hidden width/ }), { key: 'End' });
    expect(status('output').textContent).toBe(shown(expected([-5, 3], [2, 5, 5, 5, 1], Math.tanh)[4][0]));
    fireEvent.click(screen.getByRole('radio', { name: 'ReLU' }));
    const relu = (z: number) => Math.max(0, z);
    expect(status('output').textContent).toBe(shown(expected([-5, 3], [2, 5, 5, 5, 1], relu)[4][0]));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('output').textContent).toBe(shown(expected([2, 3], [2, 3, 3, 1], sig)[3][0]));
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('resamples to new weights with a new seed', () => {
    render(<FeedForward id="t" />);
    fireEvent.click(screen.getByRole('button', { name: 'Resample' }));
    const seed = (42 * 7919 + 1) % 1_000_000;
    expect(status('output').textContent).toBe(shown(expected([2, 3], [2, 3, 3, 1], sig, seed)[3][0]));
  });
});
