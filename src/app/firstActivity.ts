const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'scroll', 'wheel', 'touchstart', 'focusin'] as const;

/**
 * Runs `run` once the reader does anything (scrolls, points, presses a key), or at once if they
 * already have (the page opened scrolled, or focus is already inside it).
 */
export function afterFirstActivity(run: () => void) {
  if (window.scrollY > 0 || (document.activeElement && document.activeElement !== document.body)) {
    run();
    return;
  }
  const options = { capture: true, passive: true } as const;
  const once = () => {
    ACTIVITY.forEach((type) => window.removeEventListener(type, once, options));
    run();
  };
  ACTIVITY.forEach((type) => window.addEventListener(type, once, options));
}
