function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

/**
 * "A new version is ready": a polite status message with a Reload button, in a corner of the
 * screen. It never takes focus; the reader reloads when it suits them, or dismisses it.
 */
export function showUpdateNotice(reload: () => void, parent: HTMLElement = document.body): HTMLElement {
  const notice = document.createElement('div');
  notice.className = 'nn-update-notice';
  notice.setAttribute('role', 'status');
  parent.append(notice);
  // The live region exists before its text arrives, so screen readers announce the text.
  requestAnimationFrame(() => {
    const text = document.createElement('p');
    text.textContent = 'A new version of the essay is ready.';
    notice.append(text, button('Reload', 'nn-button nn-button--primary', reload), button('Dismiss', 'nn-button', () => notice.remove()));
  });
  return notice;
}
