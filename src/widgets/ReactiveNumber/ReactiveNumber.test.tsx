import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import ReactiveNumber from './ReactiveNumber';
import { ensureEntry, getState, patchState } from '../shared/widgetStore';
import { paramsById } from '../paramRegistry';
import type { num } from '../shared/params';

describe('<ReactiveNumber of="calculation-by-hand.x1" />', () => {
  it('takes bounds, step and label from the parameter, and moves the widget it names', () => {
    render(<ReactiveNumber id="rn-1" of="calculation-by-hand.x1" />);
    // The figure wakes (registers its state) after the number in the prose.
    act(() => ensureEntry('calculation-by-hand', paramsById.get('calculation-by-hand')!));
    const number = screen.getByRole('slider', { name: 'x1 (drag, arrow keys, or Enter to type)' });
    expect(number.textContent).toBe('2');
    // x1 lives on −5…5 in steps of 0.1 (calculation-by-hand's params.ts).
    fireEvent.keyDown(number, { key: 'ArrowUp' });
    expect(getState<{ x1: ReturnType<typeof num> }>('calculation-by-hand')?.x1).toBe(2.1);
    fireEvent.keyDown(number, { key: 'End' });
    expect(number.getAttribute('aria-valuenow')).toBe('5');
    act(() => patchState('calculation-by-hand', { x1: -3 }));
    expect(number.textContent).toBe('\u22123');
  });

  it('shows a mark, not a crash, for a reference that resolves to nothing', () => {
    render(<ReactiveNumber id="rn-2" of="calculation-by-hand.w9" />);
    expect(screen.getByText('?')).toBeTruthy();
  });
});
