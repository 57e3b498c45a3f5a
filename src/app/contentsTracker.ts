/**
 * Marks the contents link of the chapter being read (`aria-current`), so the reader always
 * sees where they are. Chapters are observed, not scroll events, to stay off the main thread.
 */
export function trackContents(root: HTMLElement) {
  const chapters = [...root.querySelectorAll<HTMLElement>('section.nn-chapter')];
  const links = new Map<string, HTMLAnchorElement>();
  for (const chapter of chapters) {
    const link = root.querySelector<HTMLAnchorElement>(`.nn-contents a[href="#${chapter.id}"]`);
    if (link) links.set(chapter.id, link);
  }
  if (!('IntersectionObserver' in window) || chapters.length === 0) return;
  const visible = new Set<string>();
  const mark = () => {
    const current = chapters.find((chapter) => visible.has(chapter.id));
    for (const [id, link] of links) {
      if (current && id === current.id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target.id);
        else visible.delete(entry.target.id);
      }
      mark();
    },
    // A chapter counts as "being read" while it crosses the upper third of the screen.
    { rootMargin: '-20% 0px -70% 0px' },
  );
  chapters.forEach((chapter) => observer.observe(chapter));
}
