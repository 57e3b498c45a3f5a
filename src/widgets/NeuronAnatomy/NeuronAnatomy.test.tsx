import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import NeuronAnatomy from './NeuronAnatomy';
import { shownMath } from '../../test/shownMath';

// The numbers at the default and at random states are the oracle's (oracles.test.tsx); these
// tests follow the controls, the pointing between diagram and equations, Reset and the extremes.
const status = (name: string) => screen.getByRole('status', { name });

describe('<NeuronAnatomy />', () => {
  it('follows w2 driven by the keyboard and the activation choice', async () => {
    const { container } = render(<NeuronAnatomy id="t-drive" />);
    const drawn = (part: string) => [...container.querySelectorAll(`[data-part="${part}"] text`)].map((t) => t.textContent);
    expect(screen.getByRole('slider', { name: 'Drag handle: input 1' }).getAttribute('aria-valuetext')).toBe('x1 = 2');
    expect(screen.getByRole('slider', { name: 'Drag handle: weight 1' }).getAttribute('aria-valuetext')).toBe('w1 = 0.5, product w1·x1 = 1');
    const w2 = screen.getByRole('slider', { name: /w2/ });
    fireEvent.keyDown(w2, { key: 'ArrowRight' });
    // w2 = −0.2 + 0.01 = −0.19: z = 1 − 0.57 + 0.4 + 0.1 = 0.93.
    expect(status('z').textContent).toBe('0.93');
    // PageUp moves 10 % of the range (0.4): w2 = 0.21, z = 1 + 0.63 + 0.4 + 0.1 = 2.13.
    fireEvent.keyDown(w2, { key: 'PageUp' });
    expect(status('z').textContent).toBe('2.13');
    await userEvent.click(screen.getByRole('radio', { name: 'tanh' }));
    // tanh(2.13) = 0.97215: the diagram's output shows the readout's rounding, 0.972.
    expect(status('a').textContent).toBe('0.972');
    expect(drawn('pa')).toContain('0.972');
    fireEvent.keyDown(screen.getByRole('slider', { name: /b \(bias\)/ }), { key: 'Home' });
    // b = −2, then w2 down 10 steps to 0.11: z = 1 + 0.33 + 0.4 − 2 = −0.27; ReLU gives 0.
    for (let i = 0; i < 10; i++) fireEvent.keyDown(w2, { key: 'ArrowLeft' });
    await userEvent.click(screen.getByRole('radio', { name: 'ReLU' }));
    expect(status('z').textContent).toBe('\u22120.27');
    expect(drawn('pz')).toContain('z = \u22120.27');
    expect(status('a').textContent).toBe('0');
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('z').textContent).toBe('0.9');
    expect(status('a').textContent).toBe('0.711');
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
    fireEvent.focus(screen.getByRole('slider', { name: 'Drag handle: bias' }));
    expect(shownMath(container, '.nn-term-hl .nn-term-pb').length).toBeGreaterThan(0);
    expect(shownMath(container, '.nn-term-hl .nn-term-p3')).toHaveLength(0);
  });

  it('highlights the diagram part when its term in the equation is hovered', () => {
    const { container } = render(<NeuronAnatomy id="t-eq" />);
    const term = container.querySelector('.nn-widget-equation .nn-term-p1 .nn-term-w') as Element;
    fireEvent.mouseOver(term);
    expect(container.querySelector('[data-part="p1"].nn-anatomy__part--hl')).not.toBeNull();
    fireEvent.mouseLeave(container.querySelector('.nn-widget-equation') as Element);
    expect(container.querySelector('.nn-anatomy__part--hl')).toBeNull();
  });

  it('moves an input, a weight and the bias by keys on their parts of the diagram, as their sliders do', () => {
    render(<NeuronAnatomy id="t-diagram-keys" />);
    const handle = (name: string) => screen.getByRole('slider', { name: `Drag handle: ${name}` });
    // x3 up one step of 0.1: z = 1 − 0.6 + 0.4·1.1 + 0.1 = 0.94.
    fireEvent.keyDown(handle('input 3'), { key: 'ArrowUp' });
    expect(status('z').textContent).toBe('0.94');
    expect((screen.getByRole('slider', { name: /x3/ }) as HTMLInputElement).value).toBe('1.1');
    // w1 down a tenth of its range (PageDown, 0.4, as its slider): w1 = 0.1, z = 0.2 − 0.6 + 0.44 + 0.1 = 0.14.
    fireEvent.keyDown(handle('weight 1'), { key: 'PageDown' });
    expect(status('z').textContent).toBe('0.14');
    expect(handle('weight 1').getAttribute('aria-valuetext')).toBe('w1 = 0.1, product w1·x1 = 0.2');
    // b to its least, −2: z = 0.04 − 2 = −1.96.
    fireEvent.keyDown(handle('bias'), { key: 'Home' });
    expect(status('z').textContent).toBe('\u22121.96');
    expect(handle('bias').getAttribute('aria-valuenow')).toBe('-2');
  });

  it('never shows a broken number at the extremes', () => {
    const { container } = render(<NeuronAnatomy id="t-ext" />);
    for (const name of [/x1/, /x2/, /x3/, /w1/, /w2/, /w3/]) fireEvent.keyDown(screen.getByRole('slider', { name }), { key: 'End' });
    // Each product is 2 × 5 = 10: z = 30 + 0.1.
    expect(status('z').textContent).toBe('30.1');
    expect(screen.getByRole('img', { name: 'weighted sum z = 30.1' })).toBeTruthy();
    // The diagram's handles stop at the same ends: x1 and w1 are at 5 and 2.
    expect(screen.getByRole('slider', { name: 'Drag handle: input 1' }).getAttribute('aria-valuetext')).toBe('x1 = 5');
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Drag handle: weight 1' }), { key: 'ArrowUp' });
    expect(status('z').textContent).toBe('30.1');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  }, 20_000);
});
