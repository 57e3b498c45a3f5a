// Finds a Chromium for the end-to-end tests, or gets one: Debian's package through apt-get when
// running as root, else Playwright's own download where the network allows it.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightChromium() {
  const probe = spawnSync(process.execPath, ['-e', "import('playwright-core').then(m => console.log(m.chromium.executablePath()))"], { encoding: 'utf8' });
  const path = probe.stdout.trim();
  return path && existsSync(path) ? path : undefined;
}

export function findChromium() {
  return candidates.find((path) => path && existsSync(path)) ?? playwrightChromium();
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s chromium with apt-get…');
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.log('No Chromium found: trying Playwright\'s own download…');
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  return playwrightChromium();
}
