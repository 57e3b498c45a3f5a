import { describe, expect, it } from 'vitest';
import { annotateChapterSizes, visibleTextLength } from './chapterSizes';

describe('visibleTextLength', () => {
  it('counts text, not tags, TeX annotations or entity spelling', () => {
    expect(visibleTextLength('<p class="x">ab<b>cd</b></p>')).toBe(4);
    expect(visibleTextLength('<math><mi>z</mi><annotation encoding="application/x-tex">z = 1</annotation></math>')).toBe(1);
    expect(visibleTextLength('a&amp;b&#8722;')).toBe(4);
  });
});

describe('annotateChapterSizes', () => {
  it('gives each chapter section its own text length', () => {
    const html =
      '<main><section id="a" class="nn-chapter"><h2>One</h2><p>12345</p></section>' +
      '<section id="b" class="nn-chapter"><p>xy</p></section></main><footer>tail text</footer>';
    const out = annotateChapterSizes(html);
    expect(out).toContain('<section id="a" class="nn-chapter" style="--nn-chapter-chars:8">');
    // The last chapter runs to the end of the document: "xy" + the footer's 9 characters.
    expect(out).toContain('<section id="b" class="nn-chapter" style="--nn-chapter-chars:11">');
    expect(out.replace(/ style="[^"]*"/g, '')).toBe(html);
  });

  it('leaves a page without chapters alone', () => {
    expect(annotateChapterSizes('<p>none</p>')).toBe('<p>none</p>');
  });
});
