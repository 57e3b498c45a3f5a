import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { LadderSlider } from './LadderSlider';

const LADDER = [0.001, 0.003, 0.01, 0.03] as const;

function Controlled({ initial }: { initial: number }) {
  const [index, setIndex] = useState(initial);
  return (
    <>
      <LadderSlider label="eta (learning rate)" ladder={LADDER} index={index} onIndex={setIndex} />
      <p data-testid="rate">{String(LADDER[index])}</p>
    </>
  );
}

describe('LadderSlider', () => {
  it('moves rung by rung and reads out the rung’s value, with no exact entry', () => {
    render(<Controlled initial={1} />);
    const range = screen.getByRole('slider', { name: /eta/ });
    expect(range.getAttribute('aria-valuetext')).toBe('0.003');
    fireEvent.keyDown(range, { key: 'ArrowRight' });
    expect(screen.getByTestId('rate').textContent).toBe('0.01');
    expect(range.getAttribute('aria-valuetext')).toBe('0.01');
    fireEvent.keyDown(range, { key: 'End' });
    expect(screen.getByTestId('rate').textContent).toBe('0.03');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('holds an index from outside the ladder to its nearest rung', () => {
    const { unmount } = render(<LadderSlider label="eta" ladder={LADDER} index={99} onIndex={() => {}} />);
    expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('0.03');
    unmount();
    render(<LadderSlider label="eta" ladder={LADDER} index={Number.NaN} onIndex={() => {}} />);
    expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('0.001');
  });
});
