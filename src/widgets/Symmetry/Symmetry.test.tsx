import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import Symmetry from './Symmetry';
import { nextSeed } from '../shared/params';

const status = (name: string) => screen.getByRole('status', { name });

describe('Symmetry', { timeout: 30_000 }, () => {
  it('started equal, the two neurons stay identical: Δ = 0 after 150 steps', () => {
    render(<Symmetry id="t-sym-1" />);
    expect(screen.getByRole('figure', { name: 'Symmetry' })).toBeTruthy();
    expect(status('step').textContent).toBe('150');
    expect(status('weight difference Δ').textContent).toBe('0');
  });

  it('started random they part; the step button and keyboard move the step; Reset returns', () => {
    render(<Symmetry id="t-sym-2" />);
    fireEvent.click(screen.getByRole('radio', { name: 'start random' }));
    expect(Number(status('weight difference Δ').textContent)).toBeGreaterThan(1);
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(status('step').textContent).toBe('151');
    fireEvent.keyDown(screen.getByRole('slider', { name: /steps/ }), { key: 'Home' });
    expect(status('step').textContent).toBe('0');
    // At step 0 the loss is the cross-entropy of the untrained net; training lowers it.
    const loss0 = Number(status('loss').textContent);
    fireEvent.keyDown(screen.getByRole('slider', { name: /steps/ }), { key: 'End' });
    expect(Number(status('loss').textContent)).toBeLessThan(loss0);
    fireEvent.click(screen.getByRole('button', { name: 'Resample' }));
    expect(screen.getByRole('figure', { name: 'Symmetry' }).textContent).toContain(`from seed ${nextSeed(42)},`);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('weight difference Δ').textContent).toBe('0');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
