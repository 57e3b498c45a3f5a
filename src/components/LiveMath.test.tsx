import { describe, expect, it, vi } from 'vitest';
import { act, render, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import katex from 'katex';
import { LiveMath } from './LiveMath';
import { texTerm, termClass, texToPlainText } from './texTerms';
import { shownMath } from '../test/shownMath';

const tex = `z = ${texTerm('w', '0.5')} \\cdot ${texTerm('x', '(-0.2)', true)} + b`;

describe('LiveMath', () => {
  it('renders MathML once KaTeX is preloaded (setup preloads it)', () => {
    const { container } = render(<LiveMath tex={tex} />);
    expect(container.querySelector('math')).not.toBeNull();
    expect(container.querySelector('.katex-error')).toBeNull();
    // trusted term classes reach the HTML output
    expect(container.querySelector('.nn-term-w')?.textContent).toBe('0.5');
    expect(container.querySelector('.nn-term-hl .nn-term-x')).not.toBeNull();
  });

  it('renders display math in a display wrapper', () => {
    const { container } = render(<LiveMath tex="a^2" display />);
    expect(container.querySelector('.katex-display')).not.toBeNull();
  });

  it('does not trust other classes or commands', () => {
    const { container } = render(<LiveMath tex={'\\htmlClass{evil}{1} + \\href{javascript:alert(1)}{x}'} />);
    expect(container.querySelector('.evil')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('[href]')).toBeNull();
  });

  it('prerenders typeset math when preloaded and hydrates without mismatch', async () => {
    const html = renderToString(<LiveMath tex={tex} />);
    expect(html).toContain('<math');
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(host, <LiveMath tex={tex} />, { onRecoverableError: recoverable });
    });
    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    errors.mockRestore();
    host.remove();
  });
});

/** The first match inside the shape the equation shows (not a shelved one). */
const shown = (container: Element, selector: string) => shownMath(container, selector)[0] ?? null;

describe('LiveMath number patching', () => {
  const eq = (w: number, z: string) => `z = ${texTerm('w', String(w))} \\cdot 2 \\approx ${z}`;
  const fresh = (tex: string) => {
    const { container, unmount } = render(<LiveMath tex={tex} />);
    const out = { html: container.querySelector('.katex-html')?.textContent, mathml: container.querySelector('math')?.textContent };
    unmount();
    return out;
  };

  it('rewrites only the digits when only numbers change, and shows what a fresh typeset shows', () => {
    const { container, rerender } = render(<LiveMath tex={eq(0.5, '1.001')} />);
    const before = container.querySelector('.katex-html');
    rerender(<LiveMath tex={eq(0.75, '1.502')} />);
    const after = container.querySelector('.katex-html');
    expect(after).toBe(before); // the same nodes: no re-parse
    expect(after?.textContent).toBe(fresh(eq(0.75, '1.502')).html);
    expect(container.querySelector('.nn-term-w')?.textContent).toBe('0.75');
  });

  it('flips "≈" to "=" in place in display math', () => {
    const exact = `z = ${texTerm('w', '0.5')} \\cdot 2 = 1`;
    const { container, rerender } = render(<LiveMath display tex={eq(0.5, '1.001')} />);
    const before = container.querySelector('.katex-html');
    rerender(<LiveMath display tex={exact} />);
    expect(container.querySelector('.katex-html')).toBe(before);
    const { container: other } = render(<LiveMath display tex={exact} />);
    expect(container.querySelector('.katex-html')?.textContent).toBe(other.querySelector('.katex-html')?.textContent);
    expect(container.querySelector('.katex-html')?.textContent).toContain('=1');
  });

  it('patches the right slot where KaTeX reorders them (a fraction draws its denominator first)', () => {
    const sigmoid = (z: string) => `\\sigma(z) = \\frac{1}{1 + e^{-${z}}} \\approx 0.622`;
    const { container, rerender } = render(<LiveMath display tex={sigmoid('0.5')} />);
    const before = container.querySelector('.katex-html');
    rerender(<LiveMath display tex={sigmoid('0.9')} />);
    expect(container.querySelector('.katex-html')).toBe(before);
    // Against KaTeX itself, not another LiveMath (which would share any patching mistake).
    const host = document.createElement('div');
    host.innerHTML = katex.renderToString(sigmoid('0.9'), { displayMode: true, output: 'html' });
    expect(container.querySelector('.katex-html')?.textContent).toBe(host.textContent);
  });

  it('brings the MathML copy up to date once the numbers settle', () => {
    vi.useFakeTimers();
    try {
      const { container, rerender } = render(<LiveMath tex={eq(0.5, '1.001')} />);
      rerender(<LiveMath tex={eq(0.25, '0.5')} />);
      expect(container.querySelector('math')?.textContent).toBe(fresh(eq(0.5, '1.001')).mathml);
      act(() => vi.advanceTimersByTime(300));
      expect(container.querySelector('math')?.textContent).toBe(fresh(eq(0.25, '0.5')).mathml);
    } finally {
      vi.useRealTimers();
    }
  });

  it('re-typesets when the shape changes (a sign, = for ≈)', () => {
    const { container, rerender } = render(<LiveMath tex={eq(0.5, '1')} />);
    const before = container.querySelector('.katex-html');
    const other = `z = ${texTerm('w', '(-0.5)')} \\cdot 2 = -1`;
    rerender(<LiveMath tex={other} />);
    expect(shown(container, '.katex-html')).not.toBe(before);
    expect(shown(container, '.katex-html')?.textContent).toBe(fresh(other).html);
    expect(shown(container, 'math')?.textContent).toBe(fresh(other).mathml);
  });

  it('keeps a shape it left, and shows it again with the current digits when a step returns to it', () => {
    vi.useFakeTimers();
    try {
      const signed = (w: string) => `z = ${texTerm('w', `(${w})`)} \\cdot 2 = ${Number(w) * 2}`;
      const { container, rerender } = render(<LiveMath tex={eq(0.5, '1')} />);
      const first = shown(container, '.katex-html');
      rerender(<LiveMath tex={signed('-0.5')} />);
      // The first shape is still there, out of sight: shelved, not shown.
      expect(first?.isConnected).toBe(true);
      expect(first?.closest('.nn-livemath__shelved')).not.toBeNull();
      rerender(<LiveMath tex={eq(0.25, '0.5')} />);
      expect(shown(container, '.katex-html')).toBe(first); // the same nodes, not a fresh parse
      expect(container.querySelectorAll('.nn-livemath__shelved')).toHaveLength(1);
      expect(first?.textContent).toBe(fresh(eq(0.25, '0.5')).html);
      act(() => vi.advanceTimersByTime(300));
      expect(shown(container, 'math')?.textContent).toBe(fresh(eq(0.25, '0.5')).mathml);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps only the few most recent shapes', () => {
    const { container, rerender } = render(<LiveMath tex="x = 1" />);
    // Each tex below has its own shape (its own symbol), so every step shelves the previous one.
    for (const symbol of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) rerender(<LiveMath tex={`${symbol} = 1`} />);
    const roots = container.querySelectorAll('.nn-livemath > .katex');
    expect(roots.length).toBeLessThanOrEqual(5);
    expect(container.querySelectorAll('.nn-livemath > .katex:not(.nn-livemath__shelved)')).toHaveLength(1);
    expect(shown(container, '.katex-html')?.textContent).toBe(fresh('g = 1').html);
  });
});

describe('LiveMath before KaTeX has loaded (fresh modules)', () => {
  it('shows the plain-text fallback, then typesets when KaTeX arrives', async () => {
    vi.resetModules();
    const fresh = await import('./LiveMath');
    const loader = await import('./katexLoader');
    expect(loader.getKatex()).toBeNull();
    expect(renderToString(<fresh.LiveMath tex={tex} />)).not.toContain('<math');
    expect(renderToString(<fresh.LiveMath tex={'\\sigma(z)'} label="sigma of z" />)).toContain('sigma of z');
    const { container } = render(<fresh.LiveMath tex={tex} />);
    expect(container.querySelector('math')).toBeNull();
    expect(container.textContent).toBe('z = 0.5 · (−0.2) + b');
    await waitFor(() => expect(container.querySelector('math')).not.toBeNull());
  });

  it('katexLoader notifies subscribers once loaded', async () => {
    vi.resetModules();
    const fresh = await import('./katexLoader');
    expect(fresh.getKatex()).toBeNull();
    const listener = vi.fn();
    const unsubscribe = fresh.subscribeKatex(listener);
    await fresh.preloadKatex();
    expect(listener).toHaveBeenCalledOnce();
    expect(typeof fresh.getKatex()?.renderToString).toBe('function');
    unsubscribe();
  });
});

describe('texTerms', () => {
  it('builds term classes and TeX wrappers', () => {
    expect(termClass('w')).toBe('nn-term-w');
    expect(termClass('W 2')).toBe('nn-term-w-2');
    expect(texTerm('b', '0.1')).toBe('\\htmlClass{nn-term-b}{0.1}');
    expect(texTerm('a', '1', true)).toBe('\\htmlClass{nn-term-hl}{\\htmlClass{nn-term-a}{1}}');
  });
  it('texToPlainText strips commands', () => {
    expect(texToPlainText('\\sigma\\left(\\frac{1}{2}\\right) \\times 3')).toBe('σ((1)/(2)) × 3');
  });
});
