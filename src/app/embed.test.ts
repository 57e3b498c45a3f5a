import { afterEach, describe, expect, it } from 'vitest';
import { findEmbeddedIsland, showEmbed } from './embed';

/** A page like the prerendered one: a header, and chapters with islands (one still a stand-in). */
function essay(): HTMLElement {
  const root = document.createElement('div');
  root.id = 'essay';
  root.innerHTML = `
    <header class="nn-site-header"><h1>Neural Networks, Mathematically</h1></header>
    <main id="main"><section id="one" class="nn-chapter">
      <p id="fig-prose">Prose that borrowed a figure-like id.</p>
      <div class="nn-island" data-island="Lab" data-id="lab"><figure id="fig-lab"><figcaption><span class="nn-figure__title">Initialization lab</span></figcaption><p id="fig-lab-note">A part of it.</p></figure></div>
      <div class="nn-island" data-island="Odd" data-id="Odd_Id"><figure id="fig-Odd_Id"></figure></div>
      <div class="nn-island" data-island="Later" data-id="later" data-pending="true"><figure id="fig-later"><figcaption><span class="nn-figure__title">Later</span></figcaption></figure></div>
    </section></main>`;
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
  delete document.documentElement.dataset.embed;
});

describe('the embed view', () => {
  it('finds only figures inside islands, by well-formed ids', () => {
    const root = essay();
    expect(findEmbeddedIsland(root, 'fig-lab')?.dataset.id).toBe('lab');
    expect(findEmbeddedIsland(root, 'fig-later')?.dataset.id).toBe('later');
    for (const id of ['fig-prose', 'fig-lab-note', 'fig-Odd_Id', 'main', 'one', 'fig-lab"]', 'fig-LAB', 'fig-', `fig-${'a'.repeat(200)}`, 'fig-lab ', '']) {
      expect(findEmbeddedIsland(root, id), id).toBeNull();
    }
  });

  it('leaves the figure alone on the page, titled, with a link back to the essay', () => {
    const root = essay();
    const island = showEmbed(root, 'fig-lab');
    expect(island?.dataset.id).toBe('lab');
    expect(root.querySelector('header, section, h1')).toBeNull();
    expect(root.querySelectorAll('figure')).toHaveLength(1);
    expect(root.querySelector('main')?.getAttribute('aria-label')).toBe('Initialization lab');
    expect(document.title).toBe('Initialization lab — Neural Networks, Mathematically');
    expect(root.querySelector('a')?.getAttribute('href')).toMatch(/#fig-lab$/);
    expect(document.documentElement.dataset.embed).toBe('figure');
  });

  it('says so, in text, when the figure does not exist', () => {
    const root = essay();
    expect(showEmbed(root, 'fig-<img src=x onerror=alert(1)>')).toBeNull();
    expect(root.querySelector('figure, img, header')).toBeNull();
    expect(root.querySelector('.nn-embed__missing')?.textContent).toContain('fig-<img src=x onerror=alert(1)>');
    expect(document.documentElement.dataset.embed).toBe('missing');
  });
});
