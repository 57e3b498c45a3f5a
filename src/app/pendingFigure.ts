/**
 * Figures are not shipped as prerendered markup: their HTML (live equations, plots, controls)
 * was half the page's bytes, and a phone on a slow network waited for all of it before the
 * first paint. In their place the page carries the figure's frame:
 * its id (links to #fig-… keep working), its caption and description, and a line saying it is
 * interactive. The island renders the real figure as it approaches the viewport.
 *
 * Built from the figure's own prerendered HTML, so caption and id can never drift from it.
 */
const FIGURE = /<figure id="(fig-[^"]+)"/;
const TITLE = /<span[^>]*class="nn-figure__title"[^>]*>([\s\S]*?)<\/span>/;
const DESCRIPTION = /<span[^>]*class="nn-figure__description"[^>]*>([\s\S]*?)<\/span>/;

export const PENDING_NOTE = 'Interactive figure: it appears here as you scroll to it (it needs JavaScript).';

/** The stand-in for a figure's HTML, or null when the HTML holds no captioned figure. */
export function pendingFigureHtml(html: string): string | null {
  const id = FIGURE.exec(html)?.[1];
  const title = TITLE.exec(html)?.[1];
  if (!id || !title) return null;
  const description = DESCRIPTION.exec(html)?.[1];
  // Named and described through ids, like the live figure (some tools read no <figcaption>).
  const caption =
    `<figcaption class="nn-figure__caption"><span id="${id}-pending-title" class="nn-figure__title">${title}</span>` +
    (description ? ` <span id="${id}-pending-description" class="nn-figure__description">${description}</span>` : '') +
    '</figcaption>';
  const described = description ? ` aria-describedby="${id}-pending-description"` : '';
  return (
    `<figure id="${id}" class="nn-figure nn-figure--pending" aria-labelledby="${id}-pending-title"${described}>` +
    `${caption}<p class="nn-figure__pending">${PENDING_NOTE}</p></figure>`
  );
}
