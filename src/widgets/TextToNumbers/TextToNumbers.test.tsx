import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import TextToNumbers from './TextToNumbers';
import { resetState } from '../shared/widgetStore';
import { hashToken, tokenize, toyEmbedding } from './textMath';

const status = (name: string) => screen.getByRole('status', { name });

afterEach(() => resetState('t'));

describe('TextToNumbers', () => {
  it('turns the default sentence into a 6 × 8 matrix', () => {
    render(<TextToNumbers id="t" />);
    expect(status('tokens').textContent).toBe('6');
    expect(status('matrix shape').textContent).toBe('6 × 8');
    expect(status('numbers').textContent).toBe('48');
    const chips = screen.getByRole('list', { name: 'Tokens' }).querySelectorAll('li');
    expect(Array.from(chips, (c) => c.textContent)).toEqual(['the', 'cat', 'sat', 'on', 'the', 'mat']);
  });

  it('switches to 768 dimensions and handles hostile input as text', () => {
    render(<TextToNumbers id="t" />);
    fireEvent.click(screen.getByRole('radio', { name: /768/ }));
    // 6 × 768 = 4,608
    expect(status('numbers').textContent).toBe('4,608');
    const input = screen.getByRole('textbox', { name: 'Sentence' });
    fireEvent.change(input, { target: { value: '<img src=x onerror=alert(1)> 🐱!' } });
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(screen.getAllByText('<').length).toBe(2);
    expect(screen.getAllByText('🐱').length).toBe(2);
    fireEvent.change(input, { target: { value: 'a '.repeat(100) } });
    expect(status('tokens').textContent).toBe('32');
    expect(screen.getByText(/Only the first 200 characters and 32 tokens/)).toBeTruthy();
    fireEvent.change(input, { target: { value: '' } });
    expect(status('numbers').textContent).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('numbers').textContent).toBe('48');
  });

  it('tokenizes, hashes and embeds deterministically', () => {
    expect(tokenize('Hello, world!').tokens).toEqual(['hello', ',', 'world', '!']);
    // FNV-1a of "a": (0x811c9dc5 ^ 0x61) × 0x01000193 mod 2^32 = 0xe40c292c
    expect(hashToken('a')).toBe(0xe40c292c);
    const v = toyEmbedding('cat', 8);
    expect(v).toEqual(toyEmbedding('cat', 8));
    expect(v.every((x) => x >= -1 && x < 1)).toBe(true);
    expect(toyEmbedding('cat', 300).slice(0, 8)).toEqual(v);
  });
});
