/**
 * Chapters far from the viewport are not laid out or painted (`content-visibility: auto`), so a
 * slider step repaints one chapter, not a 35,000-node page. Until a chapter has been rendered
 * once, the browser reserves a height for it; that guess comes from the chapter's amount of text
 * (measured here, at build time), scaled per viewport width in layout.css. A good guess keeps the
 * scrollbar honest and the reading-progress bar steady.
 */
const SECTION_START = /<section id="[^"]*" class="nn-chapter"/g;

/**
 * Characters a reader would see: tags dropped, entities counted once. A figure still waiting
 * for its island (pendingFigure.ts) counts as the short stand-in it is: the estimate is for the
 * chapter as it first renders, which is what a link into the middle of the essay scrolls past.
 */
export function visibleTextLength(html: string): number {
  return html
    .replace(/<annotation[\s\S]*?<\/annotation>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&[#a-z0-9]+;/gi, '_').length;
}

/** Adds `style="--nn-chapter-chars:N"` to every chapter section of the prerendered essay. */
export function annotateChapterSizes(html: string): string {
  const starts = [...html.matchAll(SECTION_START)].map((match) => ({ index: match.index, tag: match[0] }));
  if (starts.length === 0) return html;
  let out = html.slice(0, starts[0].index);
  starts.forEach(({ index, tag }, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].index : html.length;
    const chapter = html.slice(index, end);
    const chars = visibleTextLength(chapter);
    out += `${tag} style="--nn-chapter-chars:${chars}"${chapter.slice(tag.length)}`;
  });
  return out;
}
