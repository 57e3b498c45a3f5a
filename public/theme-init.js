// Runs before first paint (a file, because the Content-Security-Policy forbids inline scripts),
// for what the first frame must already look like:
// - the reader's saved theme, so a dark-mode reader never sees a white flash;
// - an embedded figure (`?embed=fig-…`, see src/app/embed.ts): the essay around it stays hidden
//   (embed.css) until the module has put the figure alone on the page, so it never flashes.
(function () {
  try {
    var saved = localStorage.getItem('nn-theme');
    if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
  } catch {
    /* storage may be blocked; the system setting then decides */
  }
  if (/[?&]embed(=|&|$)/.test(window.location.search)) document.documentElement.dataset.embed = '';
})();
