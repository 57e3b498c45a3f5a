import { exportConst } from './export-const.mjs';

/**
 * Exports `references` from each chapter: every JSX tag it uses (widgets, <Exercise>, <Term>,
 * <ReactiveNumber>) with its literal attributes and its line, so the build can check that each
 * one resolves and name the file and line of one that does not (src/app/contentCheck.ts).
 */
export default function remarkExportReferences() {
  return (tree, file) => {
    const references = [];
    const visit = (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
        const attributes = {};
        for (const a of node.attributes ?? []) {
          if (a.type === 'mdxJsxAttribute') attributes[a.name] = typeof a.value === 'string' ? a.value : a.value === null ? true : a.value?.value ?? null;
        }
        references.push({ tag: node.name, attributes, line: node.position?.start.line ?? 0 });
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
    const path = file.path ? file.path.replace(/^.*?(content\/)/, '$1') : 'content';
    tree.children.unshift(exportConst('references', { file: path, list: references }));
  };
}
