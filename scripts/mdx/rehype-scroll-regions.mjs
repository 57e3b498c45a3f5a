/**
 * Every display equation and code block of the chapters ships as a focusable, named region: one wider than a
 * phone's column scrolls sideways and must be keyboard-scrollable before any script has measured
 * it. Those that fit are unmarked once measured (src/app/scrollableMath.ts). Runs after KaTeX.
 */
export default function rehypeScrollRegions() {
  return (tree) => {
    const visit = (node) => {
      const classes = node.properties?.className;
      const equation = node.type === 'element' && Array.isArray(classes) && classes.includes('katex-display');
      if (equation || (node.type === 'element' && node.tagName === 'pre')) {
        node.properties = { ...node.properties, tabIndex: 0, role: 'region', ariaLabel: equation ? 'Equation (scrolls sideways)' : 'Code (scrolls sideways)' };
        return;
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
  };
}
