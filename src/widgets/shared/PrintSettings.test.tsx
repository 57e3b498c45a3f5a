import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { PrintSettings, settingsText } from './PrintSettings';
import { bool, choice, defaultsOf, int, num, seedParam, text } from './params';

const whole = (n: number) => Math.round(n).toLocaleString('en-US');
const schema = {
  scheme: choice(['xavier', 'he'] as const, 'xavier', { label: 'Scheme', labels: { xavier: 'Xavier/Glorot', he: 'He/Kaiming' } }),
  dist: choice(['normal', 'uniform'] as const, 'normal', { label: 'Distribution' }),
  nIn: int(1, 1024, 3, { label: 'n_in (inputs per neuron)', scale: 'log2' }),
  count: int(100, 100_000, 10_000, { label: 'N (samples)', format: whole }),
  eta: num(0.001, 1, 0.1, { label: 'eta (learning rate)', scale: 'log10' }),
  w: num(-2, 2, 0.5, { label: 'w1 (weight 1)' }),
  relu: bool(true, { label: 'ReLU' }),
  sentence: text('the cat sat', { maxLength: 200, label: 'sentence' }),
  row: int(1, 16, 1),
  seed: seedParam(),
};

describe('the printed settings line', () => {
  it('writes every labelled parameter as its control shows it, in order, leaving out the unlabelled', () => {
    const state = { ...defaultsOf(schema), scheme: 'he' as const, nIn: 8, eta: 10 ** -1.5, w: -0.25, relu: false, row: 5, seed: 123456 };
    expect(settingsText(schema, state)).toBe(
      'Scheme = He/Kaiming · Distribution = normal · n_in = 8 · N = 10,000 · eta = 0.0316 · w1 = −0.25 · ReLU = off · sentence = “the cat sat” · seed = 123,456',
    );
  });

  it('cuts long free text, whole characters only', () => {
    const long = `${'🙂'.repeat(59)}ab`;
    expect(settingsText({ s: text('', { maxLength: 200, label: 's (sentence)' }) }, { s: long })).toBe(`s = “${'🙂'.repeat(59)}a…”`);
  });

  it('is empty for a figure without labelled parameters', () => {
    expect(settingsText({ row: int(1, 16, 1) }, { row: 3 })).toBe('');
  });

  it('renders the line and the link that reopens the figure in this state', () => {
    const state = { ...defaultsOf(schema), scheme: 'he' as const, nIn: 8 };
    render(<PrintSettings id="lab" schema={schema} state={state} />);
    expect(screen.getByText(/^Settings:/).textContent).toBe(
      'Settings: Scheme = He/Kaiming · Distribution = normal · n_in = 8 · N = 10,000 · eta = 0.1 · w1 = 0.5 · ReLU = on · sentence = “the cat sat” · seed = 42',
    );
    const link = screen.getByRole('link');
    const expected = `${window.location.origin}${window.location.pathname}?lab.scheme=he&lab.nIn=8#fig-lab`;
    expect(link.getAttribute('href')).toBe(expected);
    expect(link.textContent).toBe(expected);
  });
});
