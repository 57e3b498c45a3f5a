import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import katex from 'katex';
import { markNumbers } from './liveNumbers';

const wrap = (d: string, i = 0) => `\\htmlClass{nn-num-${i}}{${d}}`;
const rel = (r: string, i = 0) => `\\htmlClass{nn-rel-${i}}{${r}}`;

describe('markNumbers', () => {
  it('wraps free-standing numbers and lists them in order', () => {
    const m = markNumbers('z = 0.5 \\cdot 2 + (-0.2) \\cdot 3 + 0.1');
    expect(m.numbers).toEqual(['0.5', '2', '0.2', '3', '0.1']);
    expect(m.marked).toBe(`z ${rel('=')} ${wrap('0.5', 0)} \\cdot ${wrap('2', 1)} + (-${wrap('0.2', 2)}) \\cdot ${wrap('3', 3)} + ${wrap('0.1', 4)}`);
    expect(m.skeleton).toBe(`z ${rel('?')} ${wrap('#', 0)} \\cdot ${wrap('#', 1)} + (-${wrap('#', 2)}) \\cdot ${wrap('#', 3)} + ${wrap('#', 4)}`);
    expect(m.relations).toEqual(['=']);
  });

  it('makes "=" or "≈" before a number a slot, so rounding exactly or not keeps the shape', () => {
    const exact = markNumbers('a &= \\htmlClass{nn-term-a}{(-0.5)} \\\\ b &= \\frac{1}{2}');
    const rounded = markNumbers('a &\\approx \\htmlClass{nn-term-a}{(-0.512)} \\\\ b &= \\frac{1}{2}');
    expect(exact.relations).toEqual(['=']);
    expect(rounded.relations).toEqual(['≈']);
    expect(rounded.skeleton).toBe(exact.skeleton);
    // "= \frac" is not before a number: it stays in the skeleton.
    expect(exact.skeleton).toContain('b &= \\frac');
    expect(markNumbers('a = 1', { relations: false }).marked).toBe(`a = ${wrap('1')}`);
  });

  it('makes the relation before a matrix of numbers a slot too (a layer\'s z = Wx + b, rounded or not)', () => {
    const row = (k: string) => `\\htmlClass{nn-term-row1}{\\htmlClass{nn-term-z}{${k}}}`;
    const exact = markNumbers(`&= \\begin{bmatrix} ${row('1.37')} \\\\ 0.223 \\end{bmatrix}`);
    const rounded = markNumbers(`&\\approx \\begin{bmatrix} ${row('1.401')} \\\\ 0.319 \\end{bmatrix}`);
    expect(exact.relations).toEqual(['=']);
    expect(rounded.relations).toEqual(['≈']);
    expect(rounded.skeleton).toBe(exact.skeleton);
    expect(markNumbers('y \\approx \\left( -0.5, 2 \\right)').relations).toEqual(['≈']);
    // A matrix of symbols is not a number: its relation stays in the skeleton.
    expect(markNumbers('z = \\begin{bmatrix} x_1 \\end{bmatrix}').relations).toEqual([]);
  });

  it('braces a one-digit sub- or superscript and never joins digits TeX keeps apart', () => {
    expect(markNumbers('w_1').marked).toBe(`w_{${wrap('1')}}`);
    // x^23 is x squared times 3.
    expect(markNumbers('x^23').marked).toBe(`x^{${wrap('2')}}3`);
    expect(markNumbers('x_1^2').marked).toBe(`x_{${wrap('1', 0)}}^{${wrap('2', 1)}}`);
    expect(markNumbers('e^{-1.121}').numbers).toEqual(['1.121']);
  });

  it('leaves names, text, sizes and glued digits alone', () => {
    for (const tex of [
      '\\htmlClass{nn-term-x1}{a}',
      '\\text{layer 12}',
      '\\operatorname{L2}',
      '\\begin{array}{c} a \\end{array}',
      'a \\\\[4pt] b',
      '\\hspace{1em}',
      '\\frac12',
      'x2',
      '\\rule{0pt}{2em}',
    ]) {
      expect(markNumbers(tex)).toEqual({ marked: tex, skeleton: tex, numbers: [], relations: [] });
    }
    expect(markNumbers('3\\times10^{-5}').numbers).toEqual(['3', '10', '5']);
    expect(markNumbers('(-0.378)\\cdot0.235').numbers).toEqual(['0.378', '0.235']);
    expect(markNumbers('\\htmlClass{nn-term-w}{0.25}').marked).toBe(`\\htmlClass{nn-term-w}{${wrap('0.25')}}`);
  });

  it('gives equations that differ only in their numbers the same skeleton', () => {
    const template = fc.array(
      fc.oneof(
        fc.constantFrom(' + ', ' - ', ' \\cdot ', '(', ')', ' = ', ' \\approx ', 'w_1', 'x_2', '\\sigma', ' & ', ' \\\\ ', '\\htmlClass{nn-term-w}{'),
        fc.constant('#'),
      ),
      { maxLength: 30 },
    );
    const value = fc.tuple(fc.nat(99999), fc.option(fc.nat(999), { nil: undefined })).map(([int, frac]) => (frac === undefined ? String(int) : `${int}.${frac}`));
    fc.assert(
      fc.property(template, fc.array(value, { minLength: 30, maxLength: 30 }), fc.array(value, { minLength: 30, maxLength: 30 }), (parts, a, b) => {
        // Close any \htmlClass group the template opened, so the TeX stays balanced.
        const fill = (values: string[]) => {
          let k = 0;
          const body = parts.map((p) => (p === '#' ? values[k++] : p));
          return body.join(' ') + '}'.repeat(parts.filter((p) => p.endsWith('{')).length);
        };
        const ma = markNumbers(fill(a));
        const mb = markNumbers(fill(b));
        expect(ma.skeleton).toBe(mb.skeleton);
        const slots = parts.filter((p) => p === '#').length;
        expect(ma.numbers.slice(-slots || ma.numbers.length)).toHaveLength(Math.min(slots, ma.numbers.length));
        // The numbers put back into the skeleton give the marked TeX.
        let k = 0;
        let r = 0;
        const relTex = (x: string) => (x === '≈' ? '\\approx' : x);
        expect(ma.skeleton.replace(/\{#\}/g, () => `{${ma.numbers[k++]}}`).replace(/\{\?\}/g, () => `{${relTex(ma.relations[r++])}}`)).toBe(ma.marked);
      }),
    );
  });

  it('typesets to the same text and layout as the unmarked TeX', () => {
    // Display mode, where relations are marked (inline, a wrapped relation could not break a line).
    const render = (tex: string) => katex.renderToString(tex, { output: 'html', strict: 'ignore', trust: true, displayMode: true });
    // The glyphs and spaces in order, with their classes and styles. A marked relation joins two
    // of KaTeX's line-break chunks (.base) into one, which display math never breaks anyway, so
    // chunks and their struts are left out of the comparison.
    const leaves = (html: string) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      for (const el of [...host.querySelectorAll('[class*="nn-num-"], [class*="nn-rel-"], .base')]) el.replaceWith(...el.childNodes);
      for (const el of [...host.querySelectorAll('.strut')]) el.remove();
      return [...host.querySelectorAll('span')].filter((el) => el.children.length === 0).map((el) => `${el.className}|${el.getAttribute('style') ?? ''}|${el.textContent}`);
    };
    for (const tex of [
      'z = 0.5 \\cdot 2 + (-0.2) \\cdot 3 + 0.1 = 0.5',
      '\\begin{aligned} z &= 1 - 0.6 + 0.1 \\\\ &\\approx 0.622 \\end{aligned}',
      '\\begin{pmatrix} 0.314 & -0.087 \\\\ 0.41 & 0.963 \\end{pmatrix}',
      '\\begin{aligned} z &= \\begin{bmatrix} 1.37 \\\\ 0.223 \\end{bmatrix} \\\\ &\\approx \\left( 0.5 \\right) \\end{aligned}',
      '\\sqrt{0.4} \\approx 0.632',
      '\\frac{1}{1 + e^{-0.5}}',
    ]) {
      const plain = render(tex);
      const marked = render(markNumbers(tex).marked);
      const host = document.createElement('div');
      host.innerHTML = plain;
      const text = host.textContent;
      host.innerHTML = marked;
      expect(host.textContent).toBe(text);
      if (!/[_^]\d/.test(tex)) expect(leaves(marked)).toEqual(leaves(plain));
    }
  });
});
