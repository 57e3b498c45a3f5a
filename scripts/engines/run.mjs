// Runs the engine smoke (smoke.mjs) in Firefox ESR and WebKitGTK against a served build, printing
// one line per check and each engine's time. `npm test` calls runEngineSmokes after Playwright;
// alone, `node scripts/engines/run.mjs` serves $OUT_DIR (default dist) itself.
import { pathToFileURL } from 'node:url';
import { ensureEngines } from './ensureEngines.mjs';
import { launchFirefox } from './firefox.mjs';
import { launchWebKit } from './webkit.mjs';
import { runSmoke } from './smoke.mjs';

const ENGINES = [
  { name: 'Firefox', launch: launchFirefox },
  { name: 'WebKitGTK', launch: launchWebKit },
];

/** { passed, failed, seconds: { [engine]: s } } over both engines; a launch that fails is one failure. */
export async function runEngineSmokes(url) {
  const totals = { passed: 0, failed: 0, seconds: {} };
  const missing = ensureEngines();
  if (missing) {
    console.error(missing);
    totals.failed += 1;
    return totals;
  }
  const only = process.env.ONLY_ENGINE ? new RegExp(process.env.ONLY_ENGINE, 'i') : undefined;
  for (const { name, launch } of ENGINES.filter((engine) => !only || only.test(engine.name))) {
    const started = Date.now();
    let engine;
    let results;
    try {
      engine = await launch();
      results = await runSmoke(engine, url);
    } catch (error) {
      results = [...(results ?? []), { name: 'the engine runs the smoke', ok: false, ms: Date.now() - started, detail: error.message }];
    } finally {
      await engine?.close().catch((error) => console.error(`${name}: closing failed: ${error.message}`));
    }
    const seconds = (Date.now() - started) / 1000;
    totals.seconds[name] = seconds;
    const label = `${name}${engine?.version ? ` ${engine.version}` : ''}`;
    for (const result of results) {
      const line = `  ${result.ok ? '✓' : '✘'} [${label}] ${result.name} (${(result.ms / 1000).toFixed(1)} s)`;
      console.log(result.ok ? line : `${line}\n      ${result.detail}`);
      if (result.ok) totals.passed += 1;
      else totals.failed += 1;
    }
    const failed = results.filter((result) => !result.ok).length;
    console.log(`  ${label}: ${results.length - failed} passed, ${failed} failed in ${seconds.toFixed(1)} s`);
  }
  return totals;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { startPreview } = await import('../preview.mjs');
  const preview = await startPreview();
  let totals;
  try {
    totals = await runEngineSmokes(preview.url);
  } finally {
    preview.stop();
  }
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed > 0 ? 1 : 0);
}
