// A minimal W3C WebDriver (classic, HTTP) client: the few commands the engine smoke needs, over
// fetch. https://www.w3.org/TR/webdriver2/
const KEYS = { ArrowRight: '\uE014', ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowDown: '\uE015', Enter: '\uE007' };
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

async function call(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let value;
  try {
    value = JSON.parse(text).value;
  } catch {
    throw new Error(`WebDriver ${method} ${path}: HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
  }
  if (!response.ok || (value && typeof value === 'object' && 'error' in value && value.error)) {
    throw new Error(`WebDriver ${method} ${path}: ${value?.error ?? response.status}: ${value?.message ?? text.slice(0, 200)}`);
  }
  return value;
}

/** Opens a session at a WebDriver server (`http://127.0.0.1:port`) with the given capabilities. */
export async function createSession(serverUrl, alwaysMatch) {
  const created = await call(serverUrl, 'POST', '/session', { capabilities: { alwaysMatch } });
  const base = `${serverUrl}/session/${created.sessionId}`;
  const element = async (css) => ({ [ELEMENT]: (await call(base, 'POST', '/element', { using: 'css selector', value: css }))[ELEMENT] });
  return {
    capabilities: created.capabilities,
    navigate: (url) => call(base, 'POST', '/url', { url }),
    /**
     * Runs `fn` (a function, serialised) in the page with `args`; awaits what it returns. Uses
     * "execute async" so a returned promise is awaited whatever the driver's support for that.
     */
    execute: async (fn, ...args) => {
      const script = `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
          .then((value) => done({ value: value === undefined ? null : value }), (error) => done({ error: String(error && error.stack || error) }));`;
      const result = await call(base, 'POST', '/execute/async', { script, args });
      if (result?.error) throw new Error(`in the page: ${result.error}`);
      return result?.value;
    },
    click: async (css) => call(base, 'POST', `/element/${(await element(css))[ELEMENT]}/click`, {}),
    /** Presses and releases one key (a name from KEYS) on whatever has focus. */
    pressKey: async (name) => {
      const value = KEYS[name];
      if (!value) throw new Error(`No WebDriver code for key ${name}`);
      await call(base, 'POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }] });
      await call(base, 'DELETE', '/actions');
    },
    setTimeouts: (timeouts) => call(base, 'POST', '/timeouts', timeouts),
    setWindowSize: (width, height) => call(base, 'POST', '/window/rect', { width, height }),
    quit: () => call(base, 'DELETE', ''),
  };
}

/** True once the server answers /status as ready. */
export async function serverReady(serverUrl) {
  try {
    return Boolean((await call(serverUrl, 'GET', '/status')).ready);
  } catch {
    return false;
  }
}
