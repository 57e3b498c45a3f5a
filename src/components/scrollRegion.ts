/**
 * A box wider than its column (a display equation or code on a phone) scrolls sideways, and a
 * keyboard reader must be able to scroll it the moment it does. So such boxes start out as
 * focusable, named regions — in the prerendered HTML and in a live equation's first render — and
 * lose that once measured and found to fit: an unmeasured box is never an unreachable scroller.
 */
export const EQUATION_REGION = 'Equation (scrolls sideways)';
export const CODE_REGION = 'Code (scrolls sideways)';

/** The attributes of a scrolling region, as React props. */
export const regionProps = (label: string) => ({ tabIndex: 0, role: 'region', 'aria-label': label }) as const;

/** Makes a measured box a region (overflowing) or a plain box (fitting). */
export function markScrollRegion(element: HTMLElement, overflowing: boolean, label: string) {
  const marked = element.getAttribute('role') === 'region';
  if (overflowing && !marked) {
    element.tabIndex = 0;
    element.setAttribute('role', 'region');
    element.setAttribute('aria-label', label);
  } else if (!overflowing && marked) {
    element.removeAttribute('tabindex');
    element.removeAttribute('role');
    element.removeAttribute('aria-label');
  }
}
