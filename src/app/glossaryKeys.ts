/**
 * Esc hides an open glossary definition (WCAG 1.4.13: content on hover or focus must be
 * dismissable); it comes back when the reader moves to another term.
 */
export function bindGlossaryKeys(root: HTMLElement) {
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of root.querySelectorAll<HTMLElement>('.nn-term:hover, .nn-term:focus-within')) {
      term.classList.add('nn-term--dismissed');
    }
  });
  const undismiss = (event: Event) => (event.currentTarget as HTMLElement).classList.remove('nn-term--dismissed');
  for (const term of root.querySelectorAll<HTMLElement>('.nn-term')) {
    term.addEventListener('focusout', undismiss);
    term.addEventListener('mouseleave', undismiss);
  }
}
