import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import NeuronsToFunctions from './NeuronsToFunctions';

const status = (name: string) => screen.getByRole('status', { name });
const slider = (name: RegExp) => screen.getByRole('slider', { name });
/** Widget state is shared by id across renders: start every test from the example. */
function renderFresh() {
  render(<NeuronsToFunctions id="t" />);
  fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
}
const mse = () => Number(status('mean squared error').textContent);

describe('<NeuronsToFunctions>', () => {
  it('opens untrained with N = 6 and six pieces', () => {
    renderFresh();
    expect(screen.getByRole('figure', { name: 'Neurons to functions' })).toBeTruthy();
    expect(status('N').textContent).toBe('6');
    expect(status('steps').textContent).toBe('0');
    expect(mse()).toBeGreaterThan(0.05);
    // Unit 1's bend sits at c_1 = −3 + 6·½/6 = −2.5.
    expect(status('bend of unit 1').textContent).toBe('\u22122.5');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  }, 30_000);

  it('moving a unit by hand changes exactly its piece: v1 = 0 removes it from the sum', () => {
    renderFresh();
    fireEvent.keyDown(slider(/^N /), { key: 'Home' }); // N = 1: y = v1·tanh(w1 x + b1) + 0
    expect(status('N').textContent).toBe('1');
    expect(status('bend of unit 1').textContent).toBe('0'); // c_1 = −3 + 6·½ = 0
    const entry = screen.getByRole('textbox', { name: /^v1 .* exact value/ });
    fireEvent.change(entry, { target: { value: '0' } });
    fireEvent.keyDown(entry, { key: 'Enter' });
    // y ≡ 0, so the error is the mean of sin²(x_i) over the 121 points.
    let s = 0;
    for (let i = 0; i < 121; i++) s += Math.sin(-3 + i * 0.05) ** 2;
    expect(status('mean squared error').textContent).toBe(String(Number((s / 121).toFixed(4))));
    // Moving b1 moves the bend: −b1/w1.
    fireEvent.keyDown(slider(/^b1 /), { key: 'End' }); // b1 = 60
    const w1 = Number(screen.getByRole('textbox', { name: /^w1 .* exact value/ }).getAttribute('value')?.replace('\u2212', '-'));
    expect(Number(status('bend of unit 1').textContent?.replace('\u2212', '-'))).toBeCloseTo(-60 / w1, 2);
  }, 30_000);

  it('Train lowers the error below 0.01 on the sine; Reset returns to the untrained example', async () => {
    renderFresh();
    const untrained = status('mean squared error').textContent;
    const train = screen.getByRole('button', { name: /^Train/ });
    fireEvent.click(train);
    fireEvent.click(train);
    await waitFor(() => expect(status('steps').textContent).toBe('1000'), { timeout: 20_000 });
    expect(mse()).toBeLessThan(0.01);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('steps').textContent).toBe('0');
    expect(status('mean squared error').textContent).toBe(untrained);
  }, 30_000);

  it('switching target or activation restarts from the seed and never shows a broken number', () => {
    renderFresh();
    for (const name of ['a step', '|x|', 'a bump']) {
      fireEvent.click(screen.getByRole('radio', { name }));
      for (const act of ['ReLU', 'sigmoid', 'tanh']) {
        fireEvent.click(screen.getByRole('radio', { name: act }));
        expect(status('steps').textContent).toBe('0');
        expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
    fireEvent.keyDown(slider(/^N /), { key: 'End' });
    expect(status('N').textContent).toBe('50');
    expect(screen.getByRole('slider', { name: /^j / }).getAttribute('max')).toBe('50');
  }, 30_000);
});
