const STORAGE_KEY = 'nn-theme';

function systemPrefersDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

function currentTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return systemPrefersDark() ? 'dark' : 'light';
}

/**
 * The theme follows the system until the reader picks one; the pick persists
 * (public/theme-init.js applies it before first paint).
 */
export function bindThemeToggle(button: HTMLButtonElement) {
  const show = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  show();
  button.addEventListener('click', () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* storage blocked: the choice lasts for this visit */
    }
    show();
  });
  window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', show);
}
