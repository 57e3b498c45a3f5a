/** `content/07-slopes-and-the-chain-rule.mdx` → `{ order: 7, slug: 'slopes-and-the-chain-rule' }`. */
export function chapterFromPath(path) {
  const name = String(path).split(/[\\/]/).pop().replace(/\.mdx$/, '');
  const match = /^(\d+)-(.+)$/.exec(name);
  if (!match) throw new Error(`Chapter file names start with a number: ${name}`);
  return { order: Number(match[1]), slug: match[2] };
}
