// WebKitGTK (Safari's engine) for the engine smoke: MiniBrowser in automation mode, driven by
// WebKitWebDriver over W3C WebDriver classic, on a virtual display (MiniBrowser has no headless
// mode). Every process is started by PID and stopped by it, also when a step fails.
import { createSession, serverReady } from './webdriverClient.mjs';
import { freePort, startProcess, waitUntil } from './processes.mjs';
import { ENGINE_PATHS } from './ensureEngines.mjs';

/** Starts Xvfb on a free display; resolves with its number once it accepts clients. */
async function startXvfb() {
  // -displayfd: Xvfb picks a free display itself and writes its number once it is ready.
  const xvfb = startProcess(ENGINE_PATHS.xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let written = '';
  xvfb.child.stdio[3].on('data', (chunk) => {
    written += chunk;
  });
  const display = await waitUntil(() => (/\d+\n/.test(written) ? written.trim() : undefined), { timeoutMs: 30_000, what: 'Xvfb to start' }).catch(async (error) => {
    await xvfb.stop();
    throw new Error(`${error.message}: ${xvfb.stderr()}`);
  });
  return { display: `:${display}`, stop: xvfb.stop };
}

/** A WebKit page behind the smoke's engine interface (see smoke.mjs). */
export async function launchWebKit() {
  const stops = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  };
  try {
    const xvfb = await startXvfb();
    stops.push(xvfb.stop);
    const port = await freePort();
    // MiniBrowser inherits the driver's environment. Without a GPU, accelerated compositing runs
    // through Mesa's software GL and doubled the smoke's time (105 s against 42-64 s here); the
    // smoke checks scripts, DOM and layout, which do not depend on it.
    const driver = startProcess(ENGINE_PATHS.webkitDriver, [`--port=${port}`], {
      env: { DISPLAY: xvfb.display, WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
    });
    stops.push(driver.stop);
    const server = `http://127.0.0.1:${port}`;
    await waitUntil(() => serverReady(server), { timeoutMs: 30_000, what: 'WebKitWebDriver to answer' });
    const session = await createSession(server, {
      'webkitgtk:browserOptions': { binary: ENGINE_PATHS.miniBrowser, args: ['--automation'] },
    });
    stops.push(() => session.quit());
    await session.setTimeouts({ script: 60_000, pageLoad: 60_000 });
    // The same viewport as Firefox's (1280 × 900 less MiniBrowser's toolbar).
    await session.setWindowSize(1280, 900);
    return {
      name: 'WebKitGTK',
      version: session.capabilities.browserVersion,
      goto: async (url) => {
        await session.navigate(url);
        await session.execute(installErrorCollector);
      },
      evaluate: (fn, ...args) => session.execute(fn, ...args),
      focusAndPress: async (selector, key) => {
        await session.execute((css) => document.querySelector(css).focus(), selector);
        await session.pressKey(key);
      },
      click: (selector) => session.click(selector),
      // Errors since the last call, or since this page's collector was installed (installErrorCollector).
      scriptErrors: () => session.execute(() => window.__nnEngineErrors?.splice(0) ?? ['the error collector is missing']),
      close: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/**
 * WebDriver classic has no hook before the page's own scripts run, so the collector is
 * installed as soon as the page has loaded: it sees every error from then on (the islands wake
 * later, as they are scrolled to), and a script that failed during load shows as figures that
 * never wake.
 */
function installErrorCollector() {
  if (window.__nnEngineErrors) return;
  const errors = [];
  window.__nnEngineErrors = errors;
  window.addEventListener('error', (event) => errors.push(`uncaught: ${event.message} (${event.filename}:${event.lineno})`));
  window.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${event.reason?.stack ?? event.reason}`));
  document.addEventListener('securitypolicyviolation', (event) => errors.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    errors.push(`console error: ${args.map(String).join(' ')}`);
    consoleError(...args);
  };
}
