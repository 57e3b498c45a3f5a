import { describe, expect, it } from 'vitest';
import { embedCode, embedSrc } from './embedCode';
import { choice, num } from './params';

const schema = { w: num(-2, 2, 0.5), act: choice(['sigmoid', 'tanh'] as const, 'sigmoid') };

describe('the embed code', () => {
  it('addresses the figure alone, with the state that differs from the defaults', () => {
    const src = new URL(embedSrc('calc', schema, { w: -1.25, act: 'sigmoid' }));
    expect(src.origin + src.pathname).toBe(window.location.origin + window.location.pathname);
    expect([...src.searchParams]).toEqual([['calc.w', '-1.25'], ['embed', 'fig-calc']]);
    expect(src.hash).toBe('');
    expect([...new URL(embedSrc('calc', schema, { w: 0.5, act: 'sigmoid' })).searchParams]).toEqual([['embed', 'fig-calc']]);
  });

  it('is one iframe, titled with the caption, its height the figure’s and the embed’s margins, and reads back as written', () => {
    const src = 'https://example.org/essay/?calc.w=1&embed=fig-calc';
    const code = embedCode(src, 'A "quoted" <caption> & more', 500.2);
    const body = new DOMParser().parseFromString(code, 'text/html').body;
    expect(body.children).toHaveLength(1);
    const iframe = body.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(src);
    expect(iframe.getAttribute('title')).toBe('A "quoted" <caption> & more — Neural Networks, Mathematically');
    // 501 px of figure, 8 px of padding above and below, 8 px of margin and two 24 px lines of the source line: 573 px.
    expect(iframe.getAttribute('height')).toBe('573');
    expect(iframe.getAttribute('width')).toBe('100%');
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(code).not.toContain('<caption>');
  });
});
