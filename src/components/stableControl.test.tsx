import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stableControl } from './stableControl';
import { Slider } from './Slider';

let renders = 0;
function CounterButton({ label, onPress }: { label: string; onPress: () => void }) {
  renders += 1;
  return <button onClick={onPress}>{label}</button>;
}
const StableButton = stableControl(CounterButton, ['onPress']);

/** A parent that re-renders with a fresh handler each time, the way widgets pass them. */
function Parent({ label = 'press' }: { label?: string }) {
  const [count, setCount] = useState(0);
  return (
    <>
      <output aria-label="count">{count}</output>
      <StableButton label={label} onPress={() => setCount(count + 1)} />
    </>
  );
}

describe('stableControl', () => {
  it('skips re-rendering when only a handler is new, yet calls the latest handler', async () => {
    renders = 0;
    render(<Parent />);
    expect(renders).toBe(1);
    const button = screen.getByRole('button', { name: 'press' });
    // The handler closes over `count`: a stale one would stop counting at 1.
    await userEvent.click(button);
    await userEvent.click(button);
    await userEvent.click(button);
    expect(screen.getByRole('status', { name: 'count' }).textContent).toBe('3');
    expect(renders).toBe(1);
  });

  it('re-renders when a prop it shows changes', () => {
    renders = 0;
    const { rerender } = render(<Parent label="one" />);
    rerender(<Parent label="two" />);
    expect(screen.getByRole('button', { name: 'two' })).toBeTruthy();
    expect(renders).toBe(2);
  });

  it('leaves the other sliders of a figure alone when one moves', () => {
    function Two() {
      const [a, setA] = useState(0);
      const [b, setB] = useState(0);
      return (
        <>
          <Slider label="a" value={a} min={0} max={10} step={1} onChange={(v) => setA(v)} />
          <Slider label="b" value={b} min={0} max={10} step={1} onChange={(v) => setB(v)} />
        </>
      );
    }
    render(<Two />);
    const [a, b] = screen.getAllByRole('slider') as HTMLInputElement[];
    const writes: string[] = [];
    new MutationObserver((records) => records.forEach((r) => writes.push(`${(r.target as Element).getAttribute('aria-valuetext')}:${r.attributeName}`))).observe(b, { attributes: true });
    act(() => a.focus());
    act(() => { a.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })); });
    expect(a.getAttribute('aria-valuetext')).toBe('1');
    // MutationObserver callbacks run as microtasks; flush them before reading.
    return Promise.resolve().then(() => expect(writes).toEqual([]));
  });
});
