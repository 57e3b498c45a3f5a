import { writeState } from './addressState';
import { EMBED_PARAM, ESSAY_TITLE } from './embedNames';
import type { Schema, StateOf } from './params';

/**
 * What the embed view adds around the figure (src/app/embed.css): 8 px of padding above and
 * below, and the line linking to the essay (8 px of margin, one line or two on a phone: 48).
 * The snippet's height is a first guess; the embed's height message gives the exact one.
 */
const EMBED_CHROME_PX = 72;

/** The address that shows this widget alone (`?embed=fig-<id>`, src/app/embed.ts), in the state it is in now. */
export function embedSrc<S extends Schema>(id: string, schema: S, state: StateOf<S>): string {
  const params = new URLSearchParams(writeState(schema, id, state, ''));
  params.set(EMBED_PARAM, `fig-${id}`);
  return `${window.location.origin}${window.location.pathname}?${params.toString()}`;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An `<iframe>` for a teacher's page, titled with the figure's caption. */
export function embedCode(src: string, caption: string, figureHeight: number): string {
  const height = Math.ceil(figureHeight) + EMBED_CHROME_PX;
  return `<iframe src="${attribute(src)}" title="${attribute(`${caption} — ${ESSAY_TITLE}`)}" width="100%" height="${height}" loading="lazy" style="border:0"></iframe>`;
}
