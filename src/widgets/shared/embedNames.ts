/**
 * The names an embed is addressed by, shared by the page shell (src/app/embed.ts) and the frame's
 * "Copy embed code" (embedCode.ts). A file of its own, importing nothing: the shell's first-load
 * chunk takes these two strings and none of the address-state code.
 */
export const EMBED_PARAM = 'embed';
export const ESSAY_TITLE = 'Neural Networks, Mathematically';
