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
    const counts = { passed: 0, failed: 0 };
    let engine;
    const report = (result) => {
      const line = `  ${result.ok ? '✓' : '✘'} [${name}${engine?.version ? ` ${engine.version}` : ''}] ${result.name} (${(result.ms / 1000).toFixed(1)} s)`;
      console.log(result.ok ? `${line}${result.detail ? `: ${result.detail}` : ''}` : `${line}\n      ${result.detail}`);
      counts[result.ok ? 'passed' : 'failed'] += 1;
    };
    try {
      engine = await launch();
      await runSmoke(engine, url, report);
    } catch (error) {
      // The engine would not start, or died: the checks it did not reach are not counted.
      report({ name: 'the engine runs the smoke to its end', ok: false, ms: Date.now() - started, detail: error.message });
    } finally {
      await engine?.close().catch((error) => console.error(`${name}: closing failed: ${error.message}`));
    }
    const seconds = (Date.now() - started) / 1000;
    totals.seconds[name] = seconds;
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    console.log(`  ${name}: ${counts.passed} passed, ${counts.failed} failed in ${seconds.toFixed(1)} s`);
  }
  return totals;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
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
