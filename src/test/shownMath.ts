/**
 * The matches of `selector` in what the live equations show: they keep shapes they left in the
 * DOM, hidden (shapeShelf.ts), and a test asking what a reader sees must pass over those.
 */
export function shownMath(container: ParentNode, selector: string): Element[] {
  return [...container.querySelectorAll(selector)].filter((element) => !element.closest('.nn-livemath__shelved'));
}
