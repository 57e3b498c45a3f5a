import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import TextToNumbers from './TextToNumbers';
import { hashToken, tokenize, toyEmbedding } from './textMath';

describe('TextToNumbers', () => {
  it('gives a repeated token its id and its row again', () => {
    render(<TextToNumbers id="t-text" />);
    const chips = screen.getByRole('list', { name: 'Tokens' }).querySelectorAll('li');
    expect(Array.from(chips, (c) => c.textContent)).toEqual(['the', 'cat', 'sat', 'on', 'the', 'mat']);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    const cells = rows.map((row) => Array.from(row.querySelectorAll('td'), (td) => td.textContent));
    expect(cells.map((c) => c[0])).toEqual(['0', '1', '2', '3', '0', '4']);
    expect(cells[4]).toEqual(cells[0]);
    expect(cells[0]).toHaveLength(9);
  });

  it('switches to 768 dimensions and handles hostile input as text', () => {
    const { container } = render(<TextToNumbers id="t-text2" />);
    const status = (name: string) => screen.getByRole('status', { name });
    fireEvent.click(screen.getByRole('radio', { name: /768/ }));
    expect(status('numbers').textContent).toBe('4,608');
    const input = screen.getByRole('textbox', { name: 'Sentence' });
    fireEvent.change(input, { target: { value: '<img src=x onerror=alert(1)> 🐱!' } });
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(screen.getAllByText('<').length).toBe(2);
    expect(screen.getAllByText('🐱').length).toBe(2);
    fireEvent.change(input, { target: { value: 'a '.repeat(100) } });
    expect(status('tokens').textContent).toBe('32');
    expect(status('token ids').textContent).toBe('0, 0, 0, 0, 0, 0, 0, 0, …');
    expect(screen.getByText(/Only the first 200 characters and 32 tokens/)).toBeTruthy();
    // A paste past the limit keeps its first 200 characters, whole emoji included.
    fireEvent.change(input, { target: { value: '🐱'.repeat(150) } });
    expect((input as HTMLInputElement).value).toBe('🐱'.repeat(150));
    fireEvent.change(input, { target: { value: '🐱'.repeat(250) } });
    expect(Array.from((input as HTMLInputElement).value)).toHaveLength(200);
    fireEvent.change(input, { target: { value: '' } });
    expect(status('numbers').textContent).toBe('0');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined|—/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status('numbers').textContent).toBe('48');
    expect((input as HTMLInputElement).value).toBe('the cat sat on the mat');
  });

  it('tokenizes, hashes and embeds deterministically', () => {
    expect(tokenize('Hello, world!').tokens).toEqual(['hello', ',', 'world', '!']);
    // Tabs and joiners only separate; a combining accent stays in its word.
    expect(tokenize('cafe\u0301\tx\u200dy').tokens).toEqual(['cafe\u0301', 'x', 'y']);
    // FNV-1a of "a": (0x811c9dc5 ^ 0x61) × 0x01000193 mod 2^32 = 0xe40c292c
    expect(hashToken('a')).toBe(0xe40c292c);
    const v = toyEmbedding('cat', 8);
    expect(v).toEqual(toyEmbedding('cat', 8));
    expect(v.every((x) => x >= -1 && x < 1)).toBe(true);
    expect(toyEmbedding('cat', 300).slice(0, 8)).toEqual(v);
  });
});
