// Firefox ESR for the engine smoke, driven over WebDriver BiDi by puppeteer-core (headless).
import puppeteer from 'puppeteer-core';
import { ENGINE_PATHS } from './ensureEngines.mjs';

/** A Firefox page behind the smoke's engine interface (see smoke.mjs). */
export async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: ENGINE_PATHS.firefox,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: 60_000,
    extraPrefsFirefox: {
      // A test run must not reach out: no updates, telemetry or captive-portal probes.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    // BiDi log events: console errors and uncaught exceptions, from the first script on.
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.setDefaultTimeout(60_000);
    return {
      name: 'Firefox',
      version: (await browser.version()).replace(/^firefox\//i, ''),
      goto: async (url) => {
        await page.goto(url, { waitUntil: 'load' });
      },
      evaluate: (fn, ...args) => page.evaluate(fn, ...args),
      focusAndPress: async (selector, key) => {
        // In the page, as the WebKit driver does: puppeteer's own focus() takes HTML elements
        // only, and a diagram's drag handle is an SVG element (focusable all the same).
        await page.evaluate((css) => document.querySelector(css).focus(), selector);
        await page.keyboard.press(key);
      },
      click: (selector) => page.click(selector),
      // Errors since the last call (both loads are watched from their first script on).
      scriptErrors: async () => errors.splice(0),
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
