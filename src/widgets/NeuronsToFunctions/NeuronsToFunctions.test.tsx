import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import NeuronsToFunctions from './NeuronsToFunctions';

const status = (name: string) => screen.getByRole('status', { name });
const slider = (name: RegExp) => screen.getByRole('slider', { name });
const entry = (name: RegExp) => screen.getByRole('textbox', { name });
/** Widget state is shared by id across renders: start every test from the example. */
function renderFresh() {
  render(<NeuronsToFunctions id="t" />);
  fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
}
const mse = () => Number(status('mean squared error').textContent);
const shown = (text: string | null) => Number(text?.replace('\u2212', '-'));
function type(name: RegExp, value: string) {
  fireEvent.change(entry(name), { target: { value } });
  fireEvent.keyDown(entry(name), { key: 'Enter' });
}

/** Reset, then wait for the network to be back at steps 0. */
async function pressReset() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
  });
  await waitFor(() => expect(status('steps').textContent).toBe('0'));
}

describe('<NeuronsToFunctions>', () => {
  it('opens untrained with n = 6, its first bend at −2.5', () => {
    renderFresh();
    expect(screen.getByRole('figure', { name: 'Neurons to functions' })).toBeTruthy();
    expect(status('n').textContent).toBe('6');
    expect(status('steps').textContent).toBe('0');
    expect(mse()).toBeGreaterThan(0.05);
    // Unit 1's bend sits at c_1 = −3 + 6·½/6 = −2.5.
    expect(status('bend of unit 1').textContent).toBe('\u22122.5');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  }, 30_000);

  it('moving a unit by hand changes exactly its piece: v1 = 0 removes it from the sum', () => {
    renderFresh();
    fireEvent.keyDown(slider(/^n /), { key: 'Home' }); // n = 1: y = v1·tanh(w1 x + b1) + 0
    expect(status('n').textContent).toBe('1');
    expect(status('bend of unit 1').textContent).toBe('0'); // c_1 = −3 + 6·½ = 0
    type(/^v1 .* exact value/, '0');
    // y ≡ 0, so the error is the mean of sin²(x_i) over the 121 points.
    let s = 0;
    for (let i = 0; i < 121; i++) s += Math.sin(-3 + i * 0.05) ** 2;
    expect(status('mean squared error').textContent).toBe(String(Number((s / 121).toFixed(4))));
    expect(screen.getByText(/moved by hand/)).toBeTruthy();
    // Moving b1 moves the bend: −b1/w1.
    // The field shows w1 on the slider's grid of 0.01 (not −3.233860); one step puts the exact w1 there too.
    expect(entry(/^w1 .* exact value/).getAttribute('value')).toMatch(/^\u2212?\d+(\.\d{1,2})?$/);
    fireEvent.keyDown(slider(/^w1 /), { key: 'ArrowRight' });
    fireEvent.keyDown(slider(/^b1 /), { key: 'End' }); // b1 = 60
    const w1 = shown(entry(/^w1 .* exact value/).getAttribute('value'));
    expect(shown(status('bend of unit 1').textContent)).toBeCloseTo(-60 / w1, 2);
    // w1 = 0: no bend, said in words.
    type(/^w1 .* exact value/, '0');
    expect(status('bend of unit 1').textContent).toBe('none');
  }, 30_000);

  it('Train lowers the error below 0.01 on the sine; Reset returns to the untrained example', async () => {
    renderFresh();
    const untrained = status('mean squared error').textContent;
    const train = screen.getByRole('button', { name: /^Train/ });
    fireEvent.click(train);
    fireEvent.click(train);
    await waitFor(() => expect(status('steps').textContent).toBe('1000'), { timeout: 20_000 });
    expect(mse()).toBeLessThan(0.01);
    await pressReset();
    expect(status('mean squared error').textContent).toBe(untrained);
  }, 30_000);

  it('Train after a hand edit trains from the edited network; Reset forgets the edit', async () => {
    renderFresh();
    const untrained = status('mean squared error').textContent;
    type(/^v1 .* exact value/, '3');
    const edited = status('mean squared error').textContent;
    expect(edited).not.toBe(untrained);
    fireEvent.click(screen.getByRole('button', { name: /^Train/ }));
    await waitFor(() => expect(status('steps').textContent).toBe('500'), { timeout: 20_000 });
    expect(screen.getByText(/moved by hand/)).toBeTruthy();
    expect(mse()).toBeLessThan(Number(edited));
    await pressReset();
    expect(status('mean squared error').textContent).toBe(untrained);
    expect(screen.queryByText(/moved by hand/)).toBeNull();
  }, 30_000);

  it('switching target or activation restarts from the seed and never shows a broken number', async () => {
    renderFresh();
    fireEvent.click(screen.getByRole('button', { name: /^Train/ }));
    await waitFor(() => expect(status('steps').textContent).toBe('500'), { timeout: 20_000 });
    for (const name of ['a step', '|x|', 'a bump']) {
      fireEvent.click(screen.getByRole('radio', { name }));
      for (const act of ['ReLU', 'sigmoid', 'tanh']) {
        fireEvent.click(screen.getByRole('radio', { name: act }));
        await waitFor(() => expect(status('steps').textContent).toBe('0'));
        expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
    fireEvent.keyDown(slider(/^n /), { key: 'End' });
    expect(status('n').textContent).toBe('50');
    expect(slider(/^j /).getAttribute('max')).toBe('50');
  }, 30_000);
});
