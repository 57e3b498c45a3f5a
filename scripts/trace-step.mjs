// `node scripts/trace-step.mjs <figure-id> [presses]`: where a slider step's time goes. Records a
// Chromium performance trace while the figure's first slider is stepped and sums the main thread's
// time by kind (script, style, layout, paint, …), per press. EMBED=1 opens the figure alone
// (?embed=fig-<id>), to tell the figure's own cost from the page's. CPU=4 slows the CPU 4×.
// TOUCH=1 drags the slider with a finger instead of pressing keys. Reads the build in $OUT_DIR
// (default dist), served by scripts/preview.mjs.
import { readFileSync } from 'node:fs';
import { launchChromium } from './browser.mjs';
import { startPreview } from './preview.mjs';

const id = process.argv[2];
if (!id) throw new Error('usage: node scripts/trace-step.mjs <figure-id> [presses]');
const presses = Number(process.argv[3] ?? 20);
const heavy = JSON.parse(readFileSync(new URL('./bench-ui.heavy.json', import.meta.url), 'utf8'))[id];
const query = [process.env.EMBED ? `embed=fig-${id}` : '', heavy ?? ''].filter(Boolean).join('&');

// Trace event names → the kinds DevTools' summary uses.
const KIND = {
  FunctionCall: 'script', EventDispatch: 'script', TimerFire: 'script', FireAnimationFrame: 'script',
  RunMicrotasks: 'script', V8Execute: 'script', EvaluateScript: 'script',
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', ParseAuthorStyleSheet: 'style',
  Layout: 'layout', UpdateLayer: 'layout', 'LayoutShift': 'layout',
  Paint: 'paint', PaintImage: 'paint', Rasterize: 'paint', RasterTask: 'paint', UpdateLayerTree: 'paint',
  'PrePaint': 'paint', Layerize: 'paint', Commit: 'paint', HitTest: 'hit-test',
  IntersectionObserverController_computeIntersections: 'observers', ResizeObserverController: 'observers',
  ScrollLayer: 'paint', 'ParseHTML': 'parse',
};

const preview = await startPreview(Number(process.env.PREVIEW_PORT ?? 4331));
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: Number(process.env.WIDTH ?? 1280), height: 900 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${preview.url}${query ? `?${query}` : ''}#fig-${id}`);
  await page.locator(`[data-id="${id}"][data-hydrated]`).waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  // PREPARE: a page script run before tracing, to bisect the page (e.g. remove other chapters).
  if (process.env.PREPARE) await page.evaluate(process.env.PREPARE);
  const cdp = await page.context().newCDPSession(page);
  if (process.env.CPU) await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.CPU) });
  const slider = page.locator(`#fig-${id} input[type="range"]`).first();
  await slider.focus();
  if (process.env.PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await page.waitForTimeout(60);
    }
    const { profile } = await cdp.send('Profiler.stop');
    // Self time per function, or with INCLUSIVE=1 the time it was anywhere on the stack.
    const self = new Map();
    const dt = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
    const keyOf = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    profile.samples.forEach((id, i) => {
      const keys = new Set();
      for (let n = id; n !== undefined; n = process.env.INCLUSIVE ? parent.get(n) : undefined) keys.add(keyOf(dt.get(n)));
      for (const key of keys) self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    });
    console.log(`${id}: JS self time per press (ms)`);
    for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 25))) console.log(`  ${(us / 1000 / presses).toFixed(2).padStart(7)}  ${key}`);
  }
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'] });
  if (process.env.TOUCH) {
    // One touch drag along the slider: a finger down on the thumb, a move every 60 ms.
    await slider.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
    const box = await slider.boundingBox();
    const y = box.y + box.height / 2;
    let x = box.x + box.width / 2;
    const touch = (type) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart');
    for (let i = 0; i < presses; i++) {
      x += i < presses / 2 ? 4 : -4;
      await touch('touchMove');
      await page.waitForTimeout(60);
    }
    await touch('touchEnd');
  } else {
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await page.waitForTimeout(60);
    }
  }
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const events = trace.traceEvents ?? trace;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const byName = new Map();
  const byKind = new Map();
  // Self time: a complete event's duration minus its children's on the same thread. Thread time
  // (tdur), not wall time: on a busy machine the thread's waits for a core are not its cost.
  const mine = events
    .filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.dur)
    .map((e) => ({ ...e, wall: e.dur, dur: e.tdur ?? e.dur }))
    .sort((a, b) => a.ts - b.ts || b.wall - a.wall);
  const stack = [];
  for (const e of mine) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].wall <= e.ts) stack.pop();
    if (stack.length) stack[stack.length - 1].self -= e.dur;
    e.self = e.dur;
    stack.push(e);
  }
  for (const e of mine) {
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.self);
    const kind = KIND[e.name] ?? 'other';
    byKind.set(kind, (byKind.get(kind) ?? 0) + e.self);
  }
  if (process.env.LAYOUTS) {
    for (const e of mine.filter((x) => x.name === 'Layout' || x.name === 'LocalFrameView::performLayout').slice(0, 12)) console.log('  layout', (e.dur / 1000).toFixed(2), JSON.stringify(e.args?.beginData ?? e.args ?? {}).slice(0, 200));
  }
  if (process.env.TIMELINE) {
    // Every task of the last press, with its biggest children: the order in which a step's time is spent.
    const tasks = mine.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
    const keys = mine.filter((e) => e.name === 'EventDispatch' && ['keydown', 'pointermove'].includes(e.args?.data?.type));
    const start = keys.length ? keys[keys.length - 1].ts - 1000 : tasks[0].ts;
    const last = tasks.filter((t) => t.ts >= start && t.ts < start + 50_000);
    for (const t of last) {
      const kids = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.wall <= t.ts + t.wall && e.dur > 300).sort((a, b) => a.ts - b.ts);
      if (t.dur < 300) continue;
      console.log(`  task +${((t.ts - last[0].ts) / 1000).toFixed(1)} ms, ${(t.dur / 1000).toFixed(2)} ms: ${kids.map((k) => `${k.name} ${(k.dur / 1000).toFixed(2)}`).join(' | ')}`);
    }
  }
  const ms = (us) => (us / 1000 / presses).toFixed(2).padStart(8);
  console.log(`${id}${query ? ` (?${query})` : ''}: main-thread self time per press (ms), ${presses} presses`);
  const total = [...byKind.values()].reduce((a, b) => a + b, 0);
  console.log(`  ${'total'.padEnd(12)} ${ms(total)}`);
  for (const [kind, us] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(12)} ${ms(us)}`);
  console.log('  top events:');
  for (const [name, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 14))) console.log(`    ${name.padEnd(40)} ${ms(us)}`);
} finally {
  await browser.close();
  preview.stop();
}
