// Finds the two browsers the engine smoke drives beside Playwright's Chromium — Firefox ESR and
// WebKitGTK (WebKitWebDriver, MiniBrowser, Xvfb for its display) — or installs their Debian
// packages when running as root.
import { existsSync, readdirSync } from 'node:fs';
import { aptInstall } from '../aptInstall.mjs';

/** MiniBrowser lives under the multiarch directory (x86_64-linux-gnu, aarch64-linux-gnu…). */
function miniBrowserPath() {
  const triplets = existsSync('/usr/lib') ? readdirSync('/usr/lib').filter((name) => name.endsWith('-linux-gnu')) : [];
  const paths = triplets.map((triplet) => `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`);
  return paths.find((path) => existsSync(path)) ?? paths[0] ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
}

export const ENGINE_PATHS = {
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  webkitDriver: '/usr/bin/WebKitWebDriver',
  get miniBrowser() {
    return miniBrowserPath();
  },
  xvfb: '/usr/bin/Xvfb',
};

/** The Debian packages that hold each path, for the ones missing here. */
function missingPackages() {
  const needs = [
    [ENGINE_PATHS.firefox, 'firefox-esr'],
    [ENGINE_PATHS.webkitDriver, 'webkit2gtk-driver'],
    // MiniBrowser comes with libwebkit2gtk-4.1-0, a dependency of webkit2gtk-driver.
    [ENGINE_PATHS.miniBrowser, 'webkit2gtk-driver'],
    [ENGINE_PATHS.xvfb, 'xvfb'],
  ];
  return [...new Set(needs.filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg))];
}

/** Undefined when both engines are there (installed now if need be), else one line saying what to install. */
export function ensureEngines() {
  let missing = missingPackages();
  if (missing.length && aptInstall(missing, 'The engine smoke needs Firefox ESR and WebKitGTK', { recommends: true })) missing = missingPackages();
  if (!missing.length) return undefined;
  return `Cannot run the Firefox and WebKit smoke: no ${missing.join(', ')}. Install with \`apt-get install ${missing.join(' ')}\` (Debian).`;
}
