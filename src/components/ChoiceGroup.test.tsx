import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChoiceGroup } from './ChoiceGroup';
import { Toggle } from './Toggle';
import { Button } from './Button';

const options = [
  { value: 'relu', label: 'ReLU' },
  { value: 'tanh', label: 'tanh' },
  { value: 'sigmoid', label: 'sigmoid' },
] as const;
type Act = (typeof options)[number]['value'];

function Harness({ spy }: { spy: (v: Act) => void }) {
  const [value, setValue] = useState<Act>('relu');
  return <ChoiceGroup legend="Activation" options={options} value={value} onChange={(v) => { spy(v); setValue(v); }} />;
}

describe('ChoiceGroup', () => {
  it('is a named radiogroup with one checked radio', () => {
    render(<Harness spy={() => {}} />);
    const group = screen.getByRole('radiogroup', { name: 'Activation' });
    expect(group.tagName).toBe('FIELDSET');
    expect(screen.getByRole('radio', { name: 'ReLU' })).toHaveProperty('checked', true);
    expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toHaveLength(1);
  });

  it('selects by click', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Harness spy={spy} />);
    await user.click(screen.getByText('sigmoid'));
    expect(spy).toHaveBeenLastCalledWith('sigmoid');
    expect(screen.getByRole('radio', { name: 'sigmoid' })).toHaveProperty('checked', true);
  });

  it('selects by arrow keys', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Harness spy={spy} />);
    screen.getByRole('radio', { name: 'ReLU' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(spy).toHaveBeenLastCalledWith('tanh');
    expect(screen.getByRole('radio', { name: 'tanh' })).toHaveProperty('checked', true);
    await user.keyboard('{ArrowLeft}');
    expect(spy).toHaveBeenLastCalledWith('relu');
  });

  it('works with numeric values', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<ChoiceGroup legend="Layers" options={[{ value: 1, label: 'one' }, { value: 2, label: 'two' }]} value={1} onChange={spy} />);
    await user.click(screen.getByRole('radio', { name: 'two' }));
    expect(spy).toHaveBeenCalledWith(2);
  });
});

describe('Toggle and Button', () => {
  it('Toggle is a named switch that reports its new state', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Toggle label="Show gradient" checked={false} onChange={spy} />);
    await user.click(screen.getByRole('switch', { name: 'Show gradient' }));
    expect(spy).toHaveBeenCalledWith(true);
  });

  it('Button is type="button" with its variant class', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Button variant="primary" onClick={spy}>Reset</Button>);
    const button = screen.getByRole('button', { name: 'Reset' });
    expect(button.getAttribute('type')).toBe('button');
    expect(button.className).toContain('nn-button--primary');
    await user.click(button);
    expect(spy).toHaveBeenCalledOnce();
  });
});
