import { EMBED_PARAM, ESSAY_TITLE } from '../widgets/shared/embedNames';

/**
 * `?embed=fig-<id>`: one figure alone, for a teacher's page to show in an iframe. The page is
 * still the whole prerendered essay; public/theme-init.js marks it before first paint so the
 * essay stays hidden (embed.css), and this module swaps it for the one figure.
 */

/** Figure ids are kebab-case; anything else in the address is not looked up at all. */
const FIGURE_ID = /^fig-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SHOWN = 60;

/** The island holding figure `figureId`, or null when there is none (or the id is malformed). */
export function findEmbeddedIsland(root: HTMLElement, figureId: string): HTMLElement | null {
  if (figureId.length > 100 || !FIGURE_ID.test(figureId)) return null;
  const figure = document.getElementById(figureId);
  if (!figure || figure.tagName !== 'FIGURE' || !root.contains(figure)) return null;
  return figure.closest<HTMLElement>('[data-island]');
}

/** The essay's address for the figure, with the state the embed carries, but not embedded. */
function essayLink(figureId: string | null): string {
  const params = new URLSearchParams(window.location.search);
  params.delete(EMBED_PARAM);
  const search = params.toString();
  return `${window.location.pathname}${search ? `?${search}` : ''}${figureId ? `#${figureId}` : ''}`;
}

function sourceLine(figureId: string | null, text: string): HTMLParagraphElement {
  const line = document.createElement('p');
  line.className = 'nn-embed__source';
  const link = document.createElement('a');
  link.href = essayLink(figureId);
  // The figure's state moves on after the page opens: the link follows it before it is used.
  const refresh = () => (link.href = essayLink(figureId));
  for (const type of ['pointerenter', 'pointerdown', 'focus']) link.addEventListener(type, refresh);
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = text;
  line.append(link);
  return line;
}

/** Tells the embedding page the view's height, now and whenever it changes. */
function reportHeight(view: HTMLElement, id: string) {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(view.getBoundingClientRect().bottom + window.scrollY);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'nn-embed-height', id, height }, '*');
  };
  // The observer's first call comes as soon as the view is laid out: that is the "on load" message.
  new ResizeObserver(post).observe(view);
}

/**
 * Replaces the essay in `root` by the requested figure alone, or by a message when the address
 * names no figure. Returns the island to wake at once (an embed is in view from the start).
 */
export function showEmbed(root: HTMLElement, requested: string): HTMLElement | null {
  const island = findEmbeddedIsland(root, requested);
  const view = document.createElement('main');
  view.className = 'nn-main nn-embed';
  if (island) {
    const caption = island.querySelector('.nn-figure__title')?.textContent ?? '';
    view.setAttribute('aria-label', caption || 'Figure');
    document.title = `${caption} — ${ESSAY_TITLE}`;
    view.append(island, sourceLine(requested, `From the essay “${ESSAY_TITLE}”: read it in full`));
  } else {
    const shown = requested.length > MAX_SHOWN ? `${requested.slice(0, MAX_SHOWN)}…` : requested;
    const message = document.createElement('p');
    message.className = 'nn-embed__missing';
    message.textContent = shown
      ? `This embed asks for a figure the essay does not have (“${shown}”). Check the address: it should end in embed=fig- and a figure’s id, as “Copy embed code” writes it.`
      : 'This embed names no figure: its address should end in embed=fig- and a figure’s id, as “Copy embed code” writes it.';
    view.setAttribute('aria-label', 'Figure not found');
    document.title = `Figure not found — ${ESSAY_TITLE}`;
    view.append(message, sourceLine(null, `Read the essay “${ESSAY_TITLE}”`));
  }
  root.replaceChildren(view);
  document.documentElement.dataset.embed = island ? 'figure' : 'missing';
  reportHeight(view, requested.slice(0, 100));
  return island;
}
