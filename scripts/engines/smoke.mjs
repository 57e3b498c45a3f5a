// The engine smoke: what a reader does, in one browser engine, against the built site. One page
// load wakes every island as it is scrolled to and moves each figure's first slider by a key;
// the theme toggle is pressed; a second load opens the link "Copy link" made. Each check is
// recorded as passed or failed with its reason; a failed check never stops the others.
//
// `engine` is { name, goto(url), evaluate(fn, ...args), focusAndPress(css, key), click(css),
// scriptErrors(), close() } (firefox.mjs, webkit.mjs). Functions passed to evaluate run in the
// page and must be self-contained.
import { waitUntil } from './processes.mjs';

const WAKE_MS = 60_000;
const UPDATE_MS = 30_000;
const SLIDER = 'input[type="range"]:not(:disabled), [role="slider"]';

/** The islands of the page in document order: { index, id, name, inline }. */
const listIslands = () =>
  [...document.querySelectorAll('[data-island]')].map((element, index) => ({
    index,
    id: element.dataset.id,
    name: element.dataset.island,
    inline: element.tagName === 'SPAN',
  }));

/** Scrolls island `index` to the middle of the viewport; its state once there. */
const scrollToIsland = (index) => {
  const island = document.querySelectorAll('[data-island]')[index];
  island.scrollIntoView({ block: 'center', behavior: 'instant' });
  return island.dataset.hydrated === 'true';
};

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
  // What "Copy link" hands the clipboard, kept for the test (no engine here lets a script read it back).
  window.__nnCopiedLink = undefined;
  if (navigator.clipboard) {
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (text) => { window.__nnCopiedLink = text; } });
  }
  return true;
};

/** The link "Copy link" made: from the clipboard, or from the field shown when copying is refused. */
const copiedLink = (id) => window.__nnCopiedLink ?? document.querySelector(`#fig-${id} input[aria-label="Link to this figure"]`)?.value;

export async function runSmoke(engine, url) {
  const results = [];
  const check = async (name, body) => {
    const started = Date.now();
    try {
      const detail = await body();
      results.push({ name, ok: true, ms: Date.now() - started, detail });
    } catch (error) {
      results.push({ name, ok: false, ms: Date.now() - started, detail: error.message });
    }
  };

  await engine.goto(url);
  const islands = await engine.evaluate(listIslands);
  const moved = [];
  const others = [];
  for (const island of islands) {
    const isFigure = !island.inline && (await engine.evaluate((id) => Boolean(document.querySelector(`[data-id="${id}"] #fig-${id}`)), island.id));
    if (!isFigure) {
      others.push(island);
      continue;
    }
    await check(`fig-${island.id} comes alive and its first slider changes its equation`, async () => {
      await waitUntil(() => engine.evaluate(scrollToIsland, island.index), { timeoutMs: WAKE_MS, what: `fig-${island.id} to wake` });
      const before = await waitUntil(() => engine.evaluate(readFigure, island.id, SLIDER), { timeoutMs: WAKE_MS, what: `the live fig-${island.id}` });
      if (!before.slider) return 'alive (it has no slider)';
      if (before.equation === null) throw new Error('it has a slider but no live equation');
      const key = before.slider.atMax ? 'ArrowLeft' : 'ArrowRight';
      await engine.focusAndPress(`#fig-${island.id} :is(${SLIDER})`, key);
      const after = await waitUntil(
        async () => {
          const now = await engine.evaluate(readFigure, island.id, SLIDER);
          return now && now.slider.value !== before.slider.value && now.equation !== before.equation ? now : undefined;
        },
        { timeoutMs: UPDATE_MS, what: `${key} on "${before.slider.label}" to change the slider and the equation` },
      );
      moved.push({ id: island.id, index: island.index, value: after.slider.value, label: before.slider.label });
      return `${key} on "${before.slider.label}": ${before.slider.value} → ${after.slider.value}`;
    });
  }

  await check(`the other ${others.length} islands (exercises, numbers in the prose) come alive`, async () => {
    for (const island of others) {
      await waitUntil(() => engine.evaluate(scrollToIsland, island.index), { timeoutMs: WAKE_MS, what: `island ${island.name} "${island.id}" to wake` });
    }
    return `${others.length} woke`;
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
    await engine.evaluate(scrollToIsland, target.index);
    if (!(await engine.evaluate(markCopyLink, target.id))) throw new Error(`fig-${target.id} has no "Copy link" button`);
    await engine.click('[data-engine-smoke="copy-link"]');
    const link = await waitUntil(() => engine.evaluate(copiedLink, target.id), { timeoutMs: UPDATE_MS, what: 'the copied link' });
    if (!link.includes(`#fig-${target.id}`) || !link.includes(`?${target.id}.`)) throw new Error(`the link ${link} names neither fig-${target.id} nor its state`);
    await engine.goto(link);
    const restored = await waitUntil(
      async () => {
        await engine.evaluate(scrollToIsland, target.index);
        return engine.evaluate(readFigure, target.id, SLIDER);
      },
      { timeoutMs: WAKE_MS, what: `fig-${target.id} to wake from the link` },
    );
    if (restored.slider?.value !== target.value) throw new Error(`"${target.label}" is ${restored.slider?.value} after loading ${link}, not ${target.value}`);
    return `${link.slice(link.indexOf('?'))}: "${target.label}" = ${target.value}`;
  });

  const errors = [...errorsOfFirstLoad, ...(await engine.scriptErrors().catch((error) => [`could not read the errors: ${error.message}`]))];
  results.unshift({ name: 'no script error, console error or CSP violation on either page load', ok: errors.length === 0, ms: 0, detail: errors.slice(0, 5).join('; ') });
  return results;
}
