/** `content/07-a-calculation-by-hand.mdx` → `{ order: 7, slug: 'a-calculation-by-hand' }`. */
export function chapterFromPath(path) {
  const name = String(path).split(/[\\/]/).pop().replace(/\.mdx$/, '');
  const match = /^(\d+)-(.+)$/.exec(name);
  if (!match) throw new Error(`Chapter file names start with a number: ${name}`);
  return { order: Number(match[1]), slug: match[2] };
}
