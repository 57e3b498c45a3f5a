// The engine smoke: what a reader does, in one browser engine, against the built site. One page
// load wakes every island as it is scrolled to and moves each figure's first slider by a key;
// the theme toggle is pressed; a second load opens the link "Copy link" made. Each check is
// recorded as passed or failed with its reason; a failed check never stops the others.
//
// `engine` is { name, goto(url), evaluate(fn, ...args), focusAndPress(css, key), click(css),
// scriptErrors(), close() } (firefox.mjs, webkit.mjs). Functions passed to evaluate run in the
// page and must be self-contained.
import { waitUntil } from './processes.mjs';

// Deadlines far beyond what a loaded 2-core machine needs (WebKit wakes a figure in ≤ 10 s).
const WAKE_MS = 60_000;
const UPDATE_MS = 30_000;
const SLIDER = 'input[type="range"]:not(:disabled), [role="slider"]';

/** The islands of the page in document order; a figure's island holds (a stand-in of) `#fig-<id>`. */
const listIslands = () =>
  [...document.querySelectorAll('[data-island]')].map((element, index) => ({
    index,
    id: element.dataset.id,
    name: element.dataset.island,
    isFigure: element.tagName !== 'SPAN' && element.querySelector(`figure[id="fig-${element.dataset.id}"]`) !== null,
  }));

/** True once island `index` is awake; until then scrolls it to the middle of the viewport if `scroll`. */
const islandAwake = (index, scroll) => {
  const island = document.querySelectorAll('[data-island]')[index];
  if (island.dataset.hydrated === 'true') return true;
  if (scroll) island.scrollIntoView({ block: 'center', behavior: 'instant' });
  return false;
};

/**
 * Scrolls to an island and waits until it has woken. A scroll forces a layout, which costs
 * WebKit ~100 ms on this page: it is repeated only every 2 s, in case the page moved under it.
 */
function wakeIsland(engine, island, what, timeoutMs) {
  let polls = 0;
  return waitUntil(() => engine.evaluate(islandAwake, island.index, polls++ % 20 === 0), { timeoutMs, what: `${what} to wake` });
}

/**
 * The live figure of a woken island (looked up afresh: a stand-in is replaced when it wakes),
 * with its equation's text and its first slider.
 */
const readFigure = (id, sliderCss) => {
  const figure = document.querySelector(`[data-id="${id}"][data-hydrated="true"] #fig-${id}`);
  if (!figure) return null;
  const slider = figure.querySelector(sliderCss);
  const equation = figure.querySelector('.nn-figure__equation');
  return {
    // The live equations and their readouts: some first sliders move only a readout (Symmetry's
    // training steps from equal weights leave Δ = 0 in the equation; the step count changes).
    equation: equation ? equation.textContent : null,
    slider: slider
      ? {
          // What a reader hears: a log-scale slider's position can stay put while its value moves (3 → 4).
          value: slider.getAttribute('aria-valuetext') ?? slider.value ?? slider.getAttribute('aria-valuenow'),
          atMax: slider.value !== undefined ? Number(slider.value) >= Number(slider.max) : slider.getAttribute('aria-valuenow') === slider.getAttribute('aria-valuemax'),
          label: slider.labels?.[0]?.textContent ?? slider.getAttribute('aria-label'),
        }
      : null,
  };
};

const themeState = () => {
  const toggle = document.querySelector('[data-theme-toggle]');
  const style = getComputedStyle(document.documentElement);
  return { pressed: toggle.getAttribute('aria-pressed'), colorScheme: style.colorScheme, background: style.backgroundColor };
};

/** "Copy link" of figure `id`, found by its text and marked so the engine can click it. */
const markCopyLink = (id) => {
  const button = [...document.querySelectorAll(`#fig-${id} button`)].find((b) => b.textContent.trim() === 'Copy link');
  if (!button) return false;
  button.setAttribute('data-engine-smoke', 'copy-link');
  // WebKitWebDriver clicks only what is in view.
  button.scrollIntoView({ block: 'center', behavior: 'instant' });
  // What "Copy link" hands the clipboard, kept for the test (no engine here lets a script read it back).
  window.__nnCopiedLink = undefined;
  if (navigator.clipboard) {
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (text) => { window.__nnCopiedLink = text; } });
  }
  return true;
};

/** The link "Copy link" made: from the clipboard, or from the field shown when copying is refused. */
const copiedLink = (id) => window.__nnCopiedLink ?? document.querySelector(`#fig-${id} input[aria-label="Link to this figure"]`)?.value;

/** Runs every check; each result ({ name, ok, ms, detail }) goes to `report` as it is known. */
export async function runSmoke(engine, url, report) {
  const results = [];
  const record = (result) => {
    results.push(result);
    report(result);
  };
  const check = async (name, body) => {
    const started = Date.now();
    try {
      const detail = await body();
      record({ name, ok: true, ms: Date.now() - started, detail });
    } catch (error) {
      record({ name, ok: false, ms: Date.now() - started, detail: error.message });
    }
  };

  // An island that does not wake on a page where none has (its script is broken) fails the
  // rest at their first look, not after 60 s each.
  let pageDead = false;
  const wake = (island, what) =>
    wakeIsland(engine, island, what, pageDead ? 0 : WAKE_MS).catch(async (error) => {
      if (pageDead) throw new Error(`${what} is not awake, and no island on the page has woken`);
      pageDead = await engine.evaluate(() => document.querySelector('[data-hydrated="true"]') === null);
      throw error;
    });

  await engine.goto(url);
  const islands = await engine.evaluate(listIslands);
  const moved = [];
  // One pass down the page, in document order: every island is scrolled to once.
  const others = { count: 0, failures: [], ms: 0 };
  for (const island of islands) {
    if (!island.isFigure) {
      const started = Date.now();
      others.count += 1;
      await wake(island, `island ${island.name} "${island.id}"`).catch((error) => others.failures.push(error.message));
      others.ms += Date.now() - started;
      continue;
    }
    await check(`fig-${island.id} comes alive and its first slider changes its live equations`, async () => {
      const started = Date.now();
      await wake(island, `fig-${island.id}`);
      const before = await waitUntil(() => engine.evaluate(readFigure, island.id, SLIDER), { timeoutMs: WAKE_MS, what: `the live fig-${island.id}` });
      const woke = `awake in ${((Date.now() - started) / 1000).toFixed(1)} s`;
      if (!before.slider) return `${woke}; it has no slider`;
      if (before.equation === null) throw new Error('it has a slider but no live equations');
      const key = before.slider.atMax ? 'ArrowLeft' : 'ArrowRight';
      const pressed = Date.now();
      await engine.focusAndPress(`#fig-${island.id} :is(${SLIDER})`, key);
      const after = await waitUntil(
        async () => {
          const now = await engine.evaluate(readFigure, island.id, SLIDER);
          return now && now.slider.value !== before.slider.value && now.equation !== before.equation ? now : undefined;
        },
        { timeoutMs: UPDATE_MS, what: `${key} on "${before.slider.label}" to change the slider and the equations or their readouts` },
      );
      moved.push({ id: island.id, index: island.index, value: after.slider.value, label: before.slider.label });
      return `${woke}; ${key} on "${before.slider.label}": ${before.slider.value} → ${after.slider.value} in ${((Date.now() - pressed) / 1000).toFixed(1)} s`;
    });
  }
  record({
    name: `the other ${others.count} islands (exercises, numbers in the prose) come alive`,
    ok: others.failures.length === 0,
    ms: others.ms,
    detail: others.failures.length
      ? `${others.failures.length} did not wake: ${others.failures.slice(0, 3).join('; ')}${others.failures.length > 3 ? '; …' : ''}`
      : `${others.count} woke`,
  });

  await check('the theme toggle switches the colour scheme', async () => {
    await engine.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    const before = await engine.evaluate(themeState);
    await engine.click('[data-theme-toggle]');
    const expected = before.pressed === 'true' ? 'light' : 'dark';
    const after = await waitUntil(
      async () => {
        const now = await engine.evaluate(themeState);
        return now.pressed !== before.pressed && now.colorScheme === expected && now.background !== before.background ? now : undefined;
      },
      { timeoutMs: UPDATE_MS, what: `color-scheme ${expected} and a new background (was ${before.colorScheme}, ${before.background})` },
    );
    return `${before.colorScheme} ${before.background} → ${after.colorScheme} ${after.background}`;
  });

  const errorsOfFirstLoad = await engine.scriptErrors();

  await check('a copied link restores the figure’s state', async () => {
    const target = moved[0];
    if (!target) throw new Error('no figure had a slider that moved');
    if (!(await engine.evaluate(markCopyLink, target.id))) throw new Error(`fig-${target.id} has no "Copy link" button`);
    await engine.click('[data-engine-smoke="copy-link"]');
    const link = await waitUntil(() => engine.evaluate(copiedLink, target.id), { timeoutMs: UPDATE_MS, what: 'the copied link' });
    if (!link.includes(`#fig-${target.id}`) || !link.includes(`?${target.id}.`)) throw new Error(`the link ${link} names neither fig-${target.id} nor its state`);
    await engine.goto(link);
    await wake(target, `fig-${target.id}, opened by its link,`);
    const restored = await waitUntil(() => engine.evaluate(readFigure, target.id, SLIDER), { timeoutMs: WAKE_MS, what: `the live fig-${target.id}` });
    if (restored.slider?.value !== target.value) throw new Error(`"${target.label}" is ${restored.slider?.value} after loading ${link}, not ${target.value}`);
    return `${link.slice(link.indexOf('?'))}: "${target.label}" = ${target.value}`;
  });

  const errors = [...errorsOfFirstLoad, ...(await engine.scriptErrors().catch((error) => [`could not read the errors: ${error.message}`]))];
  record({ name: 'no script error, console error or CSP violation on either page load', ok: errors.length === 0, ms: 0, detail: errors.slice(0, 5).join('; ') });
  return results;
}
