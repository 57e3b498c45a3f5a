import { describe, expect, it } from 'vitest';
import { pendingFigureHtml, PENDING_NOTE } from './pendingFigure';

const real =
  '<figure id="fig-symmetry" class="nn-figure" aria-labelledby="x-caption"><figcaption class="nn-figure__caption">' +
  '<span id="x-caption" class="nn-figure__title">Symmetry</span> <span id="x-d" class="nn-figure__description">Train &amp; watch.</span>' +
  '</figcaption><div class="nn-figure__body"><input type="range" value="3"/><p>twelve chars</p></div></figure>';

describe('pendingFigureHtml', () => {
  it('keeps the id, caption and description, drops the controls, and says what is coming', () => {
    const html = pendingFigureHtml(real)!;
    expect(html).toMatch(/^<figure id="fig-symmetry" class="nn-figure nn-figure--pending"/);
    expect(html).toContain('<span id="fig-symmetry-pending-title" class="nn-figure__title">Symmetry</span>');
    expect(html).toContain('<span id="fig-symmetry-pending-description" class="nn-figure__description">Train &amp; watch.</span>');
    expect(html).toContain('aria-labelledby="fig-symmetry-pending-title" aria-describedby="fig-symmetry-pending-description"');
    expect(html).toContain(PENDING_NOTE);
    expect(html).not.toContain('<input');
    expect(html).not.toContain('x-caption'); // no ids that the live figure will own
  });

  it('gives up on HTML without a captioned figure', () => {
    expect(pendingFigureHtml('<span>3</span>')).toBeNull();
    expect(pendingFigureHtml('<figure id="fig-x"><p>no caption</p></figure>')).toBeNull();
  });
});
