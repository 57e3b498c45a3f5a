import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import NeuronAnatomy from './NeuronAnatomy';
import { shownMath } from '../../test/shownMath';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const shown = (x: number) => Number(x.toFixed(3)).toString().replace('-', '\u2212');
const status = (name: string) => screen.getByRole('status', { name });

describe('<NeuronAnatomy />', () => {
  it('shows the default neuron: z = 1 − 0.6 + 0.3 + 0.1 = 0.8, a = σ(0.8) ≈ 0.69', () => {
    render(<NeuronAnatomy id="t-default" />);
    expect(screen.getByRole('figure', { name: 'Neuron anatomy' })).toBeTruthy();
    expect(status('z').textContent).toBe('0.8');
    expect(status('a').textContent).toBe('0.69');
    expect(screen.getByRole('img', { name: 'input x1 = 2, weight w1 = 0.5, product 1' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'bias b = 0.1' })).toBeTruthy();
  });

  it('follows w2 driven by the keyboard and the activation choice', async () => {
    render(<NeuronAnatomy id="t-drive" />);
    const w2 = screen.getByRole('slider', { name: /w2/ });
    fireEvent.keyDown(w2, { key: 'ArrowRight' });
    // w2 = −0.2 + 0.01 = −0.19: z = 1 − 0.57 + 0.3 + 0.1 = 0.83.
    expect(status('z').textContent).toBe('0.83');
    // PageUp moves 10 % of the range (0.4): w2 = 0.21, z = 1 + 0.63 + 0.3 + 0.1 = 2.03.
    fireEvent.keyDown(w2, { key: 'PageUp' });
    expect(status('z').textContent).toBe('2.03');
    expect(status('a').textContent).toBe(shown(sigmoid(2.03)));
    await userEvent.click(screen.getByRole('radio', { name: 'tanh' }));
    expect(status('a').textContent).toBe(shown(Math.tanh(2.03)));
    fireEvent.keyDown(screen.getByRole('slider', { name: /b \(bias\)/ }), { key: 'Home' });
    // b = −2: z = 2.03 − 0.1 − 2 = −0.07; ReLU gives 0.
    await userEvent.click(screen.getByRole('radio', { name: 'ReLU' }));
    expect(status('z').textContent).toBe(shown(-0.07));
    expect(status('a').textContent).toBe('0');
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('z').textContent).toBe('0.8');
    expect(status('a').textContent).toBe('0.69');
  }, 20_000);

  it('highlights the matching term when a slider or a diagram part is focused', () => {
    const { container } = render(<NeuronAnatomy id="t-hl" />);
    // Equations keep shapes they left out of sight (shelved); only what is shown counts.
    expect(shownMath(container, '.nn-term-hl')).toHaveLength(0);
    fireEvent.focus(screen.getByRole('slider', { name: /w3/ }));
    const hl = shownMath(container, '.nn-term-hl');
    expect(hl.length).toBe(2);
    expect(hl.every((el) => el.querySelector('.nn-term-p3'))).toBe(true);
    expect(container.querySelector('[data-part="p3"].nn-anatomy__part--hl')).not.toBeNull();
    fireEvent.blur(screen.getByRole('slider', { name: /w3/ }));
    fireEvent.focus(screen.getByRole('img', { name: /bias b/ }));
    expect(shownMath(container, '.nn-term-hl .nn-term-pb').length).toBeGreaterThan(0);
    expect(shownMath(container, '.nn-term-hl .nn-term-p3')).toHaveLength(0);
  });

  it('highlights the diagram part when its term in the equation is hovered', () => {
    const { container } = render(<NeuronAnatomy id="t-eq" />);
    const term = container.querySelector('.nn-anatomy__equation .nn-term-p1 .nn-term-w') as Element;
    fireEvent.mouseOver(term);
    expect(container.querySelector('[data-part="p1"].nn-anatomy__part--hl')).not.toBeNull();
    fireEvent.mouseLeave(container.querySelector('.nn-anatomy__equation') as Element);
    expect(container.querySelector('.nn-anatomy__part--hl')).toBeNull();
  });

  it('never shows a broken number at the extremes', () => {
    const { container } = render(<NeuronAnatomy id="t-ext" />);
    for (const name of [/x1/, /x2/, /x3/, /w1/, /w2/, /w3/]) fireEvent.keyDown(screen.getByRole('slider', { name }), { key: 'End' });
    // Each product is 2 × 5 = 10: z = 30 + 0.1.
    expect(status('z').textContent).toBe('30.1');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  }, 20_000);
});
