/** From this width the contents has a margin of its own (layout.css) and is always open. */
export const CONTENTS_MARGIN_QUERY = '(min-width: 1100px)';

/**
 * The contents is prerendered closed, a "Contents" button above the essay on narrower screens (a
 * list opened after the first paint there would push the essay down). In its margin it is always
 * open: CSS shows it at once (::details-content); this keeps the disclosure's state, and what
 * browsers without that selector show, in step, also when the window is resized.
 */
export function bindContentsDisclosure(details: HTMLDetailsElement, media: Pick<MediaQueryList, 'matches' | 'addEventListener'> = window.matchMedia(CONTENTS_MARGIN_QUERY)) {
  const follow = () => {
    if (media.matches) details.open = true;
  };
  follow();
  media.addEventListener('change', () => {
    details.open = media.matches;
  });
  details.addEventListener('toggle', follow);
}
