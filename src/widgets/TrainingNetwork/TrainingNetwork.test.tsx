import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMlp, makeDataset } from '../../core';
import TrainingNetwork from './TrainingNetwork';

/** Untrained loss from the definition: mean of ln(1 + e^{−(2y−1)z}) with a hand forward pass. */
function untrainedLoss(): number {
  const mlp = createMlp({ sizes: [2, 4, 4, 1], activation: 'tanh', init: 'xavier', seed: 43 });
  const { X, y } = makeDataset('xor', 250, 0, 42);
  let sum = 0;
  for (let i = 0; i < 250; i++) {
    let a = [X.data[2 * i], X.data[2 * i + 1]];
    mlp.weights.forEach((W, l) => {
      const z = Array.from({ length: W.rows }, (_, j) => a.reduce((s, v, k) => s + W.data[j * W.cols + k] * v, mlp.biases[l][j]));
      a = l === mlp.weights.length - 1 ? z : z.map(Math.tanh);
    });
    sum += Math.log(1 + Math.exp(-(2 * y[i] - 1) * a[0]));
  }
  return sum / 250;
}

const status = (name: string) => screen.getByRole('status', { name });

describe('TrainingNetwork', () => {
  it('starts at epoch 0 with the untrained loss, steps, diverges at η = 10 and resets', async () => {
    render(<TrainingNetwork id="t" />);
    expect(screen.getByRole('figure', { name: 'Training a network' })).toBeTruthy();
    expect(status('epoch').textContent).toBe('0');
    expect(status('loss').textContent).toBe(untrainedLoss().toFixed(3).replace(/0+$/, ''));
    const startLoss = status('loss').textContent;

    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    await waitFor(() => expect(status('epoch').textContent).toBe('1'));
    expect(status('loss').textContent).not.toBe(startLoss);

    const eta = screen.getByRole('slider', { name: /eta \(learning rate\)/ });
    expect(eta.getAttribute('aria-valuetext')).toBe('0.03');
    fireEvent.keyDown(eta, { key: 'End' });
    expect(eta.getAttribute('aria-valuetext')).toBe('10');
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Training diverged: the learning rate is too large/));
    expect(status('loss').textContent).toBe('diverged');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    });
    await waitFor(() => expect(status('epoch').textContent).toBe('0'));
    expect(status('loss').textContent).toBe(startLoss);
    expect(eta.getAttribute('aria-valuetext')).toBe('0.03');
    expect(screen.queryByRole('alert')).toBeNull();
  }, 20_000);

  it('Play trains in frame slices without a worker, and Pause stops it', async () => {
    render(<TrainingNetwork id="t2" />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(Number(status('epoch').textContent)).toBeGreaterThan(5), { timeout: 3000 });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    const stopped = status('epoch').textContent;
    await new Promise((r) => setTimeout(r, 100));
    expect(status('epoch').textContent).toBe(stopped);
    expect(status('epochs per second').textContent).toMatch(/^\d[\d,]*$/);
  }, 10_000);

  it('changing the hidden layers rebuilds the network at epoch 0', async () => {
    render(<TrainingNetwork id="t3" />);
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    await waitFor(() => expect(status('epoch').textContent).toBe('1'));
    fireEvent.keyDown(screen.getByRole('slider', { name: /L \(hidden layers\)/ }), { key: 'Home' });
    await waitFor(() => expect(status('epoch').textContent).toBe('0'));
    expect(screen.getByText(/Network 2-1: no hidden layer/)).toBeTruthy();
  }, 10_000);
});
