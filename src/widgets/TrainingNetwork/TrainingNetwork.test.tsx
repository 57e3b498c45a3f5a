import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import TrainingNetwork from './TrainingNetwork';

const status = (name: string) => screen.getByRole('status', { name });

/** Reset, then wait for the network to be back at epoch 0. */
async function pressReset() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
  });
  await waitFor(() => expect(status('epoch').textContent).toBe('0'));
}

describe('TrainingNetwork', () => {
  it('starts at epoch 0, steps, diverges at η = 10 and says so, and resets', async () => {
    render(<TrainingNetwork id="t" />);
    expect(screen.getByRole('figure', { name: 'Training a network' })).toBeTruthy();
    expect(status('epoch').textContent).toBe('0');
    const startLoss = status('loss').textContent;
    expect(Math.abs(Number(startLoss) - Math.LN2)).toBeLessThan(0.1); // a fresh network guesses about ½

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
    expect(screen.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', true);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);

    await pressReset();
    expect(status('loss').textContent).toBe(startLoss);
    expect(eta.getAttribute('aria-valuetext')).toBe('0.03');
    expect(screen.queryByRole('alert')).toBeNull();
  }, 20_000);

  it('Reset at the example configuration starts the trained network over', async () => {
    render(<TrainingNetwork id="t4" />);
    const startLoss = status('loss').textContent;
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    await waitFor(() => expect(status('epoch').textContent).toBe('1'));
    await pressReset();
    expect(status('loss').textContent).toBe(startLoss);
  }, 10_000);

  it('Play trains in frame slices without a worker, and Pause stops it', async () => {
    render(<TrainingNetwork id="t2" />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(Number(status('epoch').textContent)).toBeGreaterThan(5), { timeout: 3000 });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    const stopped = status('epoch').textContent;
    await new Promise((r) => setTimeout(r, 100));
    expect(status('epoch').textContent).toBe(stopped);
    expect(status('epochs per second').textContent).toMatch(/^[1-9][\d,]*$/);
  }, 10_000);

  it('changing the hidden layers rebuilds the network at epoch 0', async () => {
    render(<TrainingNetwork id="t3" />);
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    await waitFor(() => expect(status('epoch').textContent).toBe('1'));
    fireEvent.keyDown(screen.getByRole('slider', { name: /K \(hidden layers\)/ }), { key: 'Home' });
    await waitFor(() => expect(status('epoch').textContent).toBe('0'));
    expect(screen.getByText(/Network 2-1: no hidden layer/)).toBeTruthy();
  }, 10_000);

  it('a failing worker is said in words, and the network trains on the page instead', async () => {
    class BrokenWorker {
      onmessage: unknown = null;
      onmessageerror: unknown = null;
      onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
      constructor() {
        setTimeout(() => this.onerror?.({ message: 'the script could not be loaded', preventDefault() {} }), 0);
      }
      postMessage() {}
      terminate() {}
    }
    vi.stubGlobal('Worker', BrokenWorker);
    try {
      render(<TrainingNetwork id="t5" />);
      await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/The training worker failed \(the script could not be loaded\)/));
      fireEvent.click(screen.getByRole('button', { name: 'Step' }));
      await waitFor(() => expect(status('epoch').textContent).toBe('1'));
    } finally {
      vi.unstubAllGlobals();
    }
  }, 10_000);
});
