import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Slider } from './Slider';
import type { SliderProps } from './Slider';

type Harness = Omit<SliderProps, 'value' | 'onChange'> & { initial: number; spy?: (v: number) => void };

function Controlled({ initial, spy, ...props }: Harness) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <Slider {...props} value={value} onChange={(v) => { spy?.(v); setValue(v); }} />
      <p data-testid="value">{String(value)}</p>
    </>
  );
}

const shown = () => screen.getByTestId('value').textContent;

describe('Slider', () => {
  it('has the symbol in its accessible name and a visible value', () => {
    render(<Controlled label="w1 (weight 1)" initial={0.5} min={-1} max={1} step={0.1} />);
    const range = screen.getByRole('slider', { name: /w1/ });
    expect(range).toHaveProperty('value', '0.5');
    expect(range.getAttribute('aria-valuetext')).toBe('0.5');
    expect(screen.getByText('w1 (weight 1)').tagName).toBe('LABEL');
    expect(screen.getByRole('textbox', { name: 'w1 (weight 1) exact value' })).toHaveProperty('value', '0.5');
  });

  it('moves with ArrowRight/ArrowLeft/Home/End/PageUp and emits rounded values', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Controlled label="w1" initial={0.2} min={-1} max={1} step={0.1} spy={spy} />);
    const range = screen.getByRole('slider', { name: 'w1' });
    range.focus();
    await user.keyboard('{ArrowRight}');
    expect(shown()).toBe('0.3'); // not 0.30000000000000004
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(shown()).toBe('0.1');
    await user.keyboard('{End}');
    expect(shown()).toBe('1');
    await user.keyboard('{ArrowRight}'); // at max: no change, no call
    expect(spy).toHaveBeenCalledTimes(4);
    await user.keyboard('{Home}');
    expect(shown()).toBe('-1');
    await user.keyboard('{PageUp}');
    expect(shown()).toBe('-0.8');
    expect(range.getAttribute('aria-valuetext')).toBe('−0.8');
  });

  it('rounds pointer (change) values to the step decimals', () => {
    render(<Controlled label="b" initial={0} min={-1} max={1} step={0.1} />);
    fireEvent.change(screen.getByRole('slider', { name: 'b' }), { target: { value: '0.30000000000000004' } });
    expect(shown()).toBe('0.3');
  });

  it('commits an exact typed value 0.55 within range, then steps from it', async () => {
    const user = userEvent.setup();
    render(<Controlled label="w1" initial={0.5} min={-1} max={1} step={0.1} />);
    const field = screen.getByRole('textbox', { name: 'w1 exact value' });
    await user.clear(field);
    await user.type(field, '0.55{Enter}');
    expect(shown()).toBe('0.55');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    screen.getByRole('slider', { name: 'w1' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(shown()).toBe('0.6');
  });

  it('refuses "abc" with a linked message and keeps the last good value', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Controlled label="w1" initial={0.5} min={-1} max={1} step={0.1} spy={spy} />);
    const field = screen.getByRole('textbox', { name: 'w1 exact value' });
    await user.clear(field);
    await user.type(field, 'abc{Enter}');
    expect(spy).not.toHaveBeenCalled();
    expect(shown()).toBe('0.5');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field).toHaveProperty('value', 'abc');
    const noteId = field.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(noteId)?.textContent).toBe('Enter a number');
    await user.keyboard('{Escape}');
    expect(field).toHaveProperty('value', '0.5');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('clamps 1e9 to the maximum and says so (log2 sizes)', async () => {
    const user = userEvent.setup();
    render(<Controlled label="n_in" initial={16} min={1} max={1024} step={1} scale="log2" />);
    const field = screen.getByRole('textbox', { name: 'n_in exact value' });
    await user.clear(field);
    await user.type(field, '1e9');
    await user.tab(); // commit on blur
    expect(shown()).toBe('1024');
    const noteId = field.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(noteId)?.textContent).toBe('Clamped to 1,024');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('log2 scale moves in doublings and reports integers', async () => {
    const user = userEvent.setup();
    render(<Controlled label="n_in" initial={100} min={1} max={1024} step={1} scale="log2" />);
    const range = screen.getByRole('slider', { name: 'n_in' });
    range.focus();
    await user.keyboard('{ArrowRight}');
    expect(shown()).toBe('128');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(shown()).toBe('32');
    expect(range.getAttribute('aria-valuetext')).toBe('32');
  });

  it('renders a NaN or infinite value as min, never "NaN"', () => {
    const { container } = render(
      <>
        <Slider label="a" value={NaN} min={-2} max={2} step={0.5} onChange={() => {}} />
        <Slider label="b" value={Infinity} min={0} max={1} step={0.5} onChange={() => {}} />
      </>,
    );
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
    expect(screen.getByRole('slider', { name: 'a' })).toHaveProperty('value', '-2');
  });

  it('can hide the exact entry and be disabled', () => {
    render(<Slider label="k" value={1} min={0} max={3} step={1} onChange={() => {}} exactEntry={false} disabled />);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('slider', { name: 'k' })).toHaveProperty('disabled', true);
  });
});
