import GithubSlugger from 'github-slugger';
import { chapterFromPath } from './chapter-slug.mjs';
import { exportConst } from './export-const.mjs';

/** Not prose: code, math, front matter and expressions; a link's text names its target. */
const SKIPPED = new Set(['code', 'inlineCode', 'math', 'inlineMath', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'link']);

/** The text a reader reads in a heading, inline math by its TeX (headings rarely hold any). */
function plainText(node) {
  if (node.type === 'text' || node.type === 'inlineMath' || node.type === 'inlineCode') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

/**
 * Exports `references` from each chapter: every JSX tag it uses (widgets, <Exercise>, <Term>,
 * <ReactiveNumber>) with its literal attributes and its line, so the build can check that each
 * one resolves and name the file and line of one that does not (src/app/contentCheck.ts); its
 * prose, line by line, so the build can check that no key word is used before the chapter that
 * defines it; and its section ids (`slug--title`, as rehype-export-sections gives them), which the
 * glossary names as the place each term is defined.
 */
export default function remarkExportReferences() {
  return (tree, file) => {
    const references = [];
    const prose = [];
    const sections = [];
    const slug = file.path ? chapterFromPath(file.path).slug : 'content';
    const slugger = new GithubSlugger();
    const visit = (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
        const attributes = {};
        for (const a of node.attributes ?? []) {
          if (a.type === 'mdxJsxAttribute') attributes[a.name] = typeof a.value === 'string' ? a.value : a.value === null ? true : a.value?.value ?? null;
        }
        references.push({ tag: node.name, attributes, line: node.position?.start.line ?? 0 });
      }
      if (node.type === 'heading' && node.depth === 3) sections.push(`${slug}--${slugger.slug(plainText(node).trim())}`);
      if (node.type === 'text' && node.position) {
        node.value.split('\n').forEach((text, i) => prose.push({ line: node.position.start.line + i, text }));
      }
      if (SKIPPED.has(node.type)) return;
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
    const path = file.path ? file.path.replace(/^.*?(content\/)/, '$1') : 'content';
    tree.children.unshift(exportConst('references', { file: path, list: references, prose, sections }));
  };
}
