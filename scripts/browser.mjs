// Launches the system Chromium for scripts (benchmarks, audits) with the flags this machine needs.
import { chromium } from 'playwright-core';
import { ensureChromium } from './chromium.mjs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium() {
  const executablePath = ensureChromium();
  if (!executablePath) throw new Error('No Chromium: install it with `apt-get install chromium`.');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
