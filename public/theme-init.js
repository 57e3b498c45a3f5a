// Runs before first paint (a file, because the Content-Security-Policy forbids inline scripts):
// applies the reader's saved theme so a dark-mode reader never sees a white flash, and marks an
// embed (`?embed=fig-…`) so the essay around the figure never shows (src/app/embed.css).
(function () {
  try {
    var saved = localStorage.getItem('nn-theme');
    if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
  } catch {
    /* storage may be blocked; the system setting then decides */
  }
  if (/[?&]embed(=|&|$)/.test(window.location.search)) document.documentElement.dataset.embed = '';
})();
