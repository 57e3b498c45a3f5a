import { exportConst } from './export-const.mjs';
import GithubSlugger from 'github-slugger';
import { chapterFromPath } from './chapter-slug.mjs';

/** Plain text of a hast node: what a reader would read aloud. */
function textOf(node) {
  if (node.type === 'text') return node.value;
  if (node.tagName === 'annotation') return '';
  if (node.properties?.className?.includes?.('katex-html')) return '';
  return (node.children ?? []).map(textOf).join('');
}

/**
 * Gives every section heading (### in MDX, h3 after rendering) a stable id prefixed with its
 * chapter's slug, so ids stay unique across the one-page essay, and exports the list as
 * `sections`: the contents list is built from the chapters themselves, never kept by hand.
 */
export default function rehypeExportSections() {
  return (tree, file) => {
    const { slug: chapter } = chapterFromPath(file.path);
    const slugger = new GithubSlugger();
    const sections = [];
    const visit = (node) => {
      if (node.type === 'element' && node.tagName === 'h3') {
        const title = textOf(node).trim();
        const id = `${chapter}--${slugger.slug(title)}`;
        node.properties = { ...node.properties, id };
        sections.push({ id, title });
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
    tree.children.unshift(exportConst('sections', sections));
  };
}
