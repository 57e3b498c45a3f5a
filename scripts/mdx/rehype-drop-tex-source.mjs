/**
 * KaTeX keeps each formula's TeX source in its MathML (`<annotation encoding="application/x-tex">`)
 * for copy-as-TeX, which the essay does not offer; screen readers read the MathML itself. The
 * chapters hold ~1,300 formulas, so their sources were 94 KB of the page (11 KB gzip) that every
 * reader downloads before the first paint. Runs after KaTeX.
 */
export default function rehypeDropTexSource() {
  return (tree) => {
    const visit = (node) => {
      if (!node.children) return;
      node.children = node.children.filter((child) => !(child.type === 'element' && child.tagName === 'annotation'));
      for (const child of node.children) visit(child);
    };
    visit(tree);
  };
}
