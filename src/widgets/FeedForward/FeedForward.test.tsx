import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import FeedForward from './FeedForward';
import { resetState } from '../shared/widgetStore';
import { nextSeed } from '../shared/params';

// The numbers at every state are the oracle's (oracles.test.tsx); here: picking nodes, keys, reset, resample.
const status = (name: string) => screen.getByRole('status', { name }).textContent;

afterEach(() => resetState('t'));

describe('FeedForward', { timeout: 30_000 }, () => {
  it('names every node and shows a node’s own equation when it is focused, hovered or clicked', async () => {
    const user = userEvent.setup();
    render(<FeedForward id="t" />);
    expect(screen.getByRole('slider', { name: 'Drag handle: input 1' }).getAttribute('aria-valuetext')).toBe('x1 = 2');
    expect(screen.getByRole('button', { name: /^layer 3 \(output\), neuron 1/ }).getAttribute('aria-pressed')).toBe('true');
    expect(status('selected node')).toBe(status('output'));
    const node = screen.getByRole('button', { name: /^layer 2, neuron 3/ });
    fireEvent.focusIn(node);
    expect(node.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/^layer 2, neuron 3: a = /, { selector: '.nn-ff-selected' })).toBeTruthy();
    await user.hover(screen.getByRole('slider', { name: 'Drag handle: input 2' }));
    expect(status('selected node')).toBe('3');
    await user.click(screen.getByRole('button', { name: /^layer 1, neuron 1/ }));
    expect(screen.getByText(/^layer 1, neuron 1: a = /, { selector: '.nn-ff-selected' })).toBeTruthy();
    // A picked node that the shape no longer has falls back to the output; Reset forgets the pick.
    fireEvent.keyDown(screen.getByRole('slider', { name: /hidden width/ }), { key: 'Home' });
    expect(screen.getByText(/^layer 1, neuron 1: a = /, { selector: '.nn-ff-selected' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^layer 2, neuron 1/ }));
    fireEvent.keyDown(screen.getByRole('slider', { name: /hidden layers/ }), { key: 'Home' });
    expect(screen.getByText(/^layer 2 \(output\), neuron 1: a = /, { selector: '.nn-ff-selected' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByText(/^layer 3 \(output\), neuron 1: a = /, { selector: '.nn-ff-selected' })).toBeTruthy();
  });

  it('changes an input by keys on its node, as its slider does', () => {
    render(<FeedForward id="t" />);
    const node = screen.getByRole('slider', { name: 'Drag handle: input 2' });
    fireEvent.keyDown(node, { key: 'ArrowDown' });
    expect(node.getAttribute('aria-valuetext')).toBe('x2 = 2.9');
    expect((screen.getByRole('slider', { name: /^x2/ }) as HTMLInputElement).value).toBe('2.9');
    fireEvent.keyDown(node, { key: 'End' });
    expect((screen.getByRole('slider', { name: /^x2/ }) as HTMLInputElement).value).toBe('5');
    // Focusing the node selects it: the selected node's readout is the input itself.
    fireEvent.focusIn(node);
    expect(status('selected node')).toBe('5');
  });

  it('follows the keyboard and the activation to the bounds, and resamples with the next seed', () => {
    render(<FeedForward id="t" />);
    const example = status('output');
    fireEvent.keyDown(screen.getByRole('slider', { name: /x1/ }), { key: 'Home' });
    fireEvent.click(screen.getByRole('radio', { name: 'tanh' }));
    fireEvent.keyDown(screen.getByRole('slider', { name: /hidden layers/ }), { key: 'End' });
    fireEvent.keyDown(screen.getByRole('slider', { name: /hidden width/ }), { key: 'End' });
    expect(status('parameters')).toBe(String(3 * 5 + 6 * 5 * 2 + 6));
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('output')).toBe(example);
    fireEvent.click(screen.getByRole('button', { name: 'Resample' }));
    expect(status('output')).not.toBe(example);
    expect(screen.getByRole('slider', { name: 'seed' }).getAttribute('aria-valuetext')).toBe(String(nextSeed(42)));
  });
});
