// Installs Debian packages with apt-get when this process may (root, on Debian); the test runner
// then finds what it needs on a fresh machine, as scripts/chromium.mjs does for Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const canAptInstall = () => typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');

/**
 * apt-get install of `packages` (after `apt-get update`); false when not allowed here.
 * `recommends`: also what they recommend (WebKitGTK's Mesa drivers, the machine it was tested on).
 */
export function aptInstall(packages, why, { recommends = false } = {}) {
  if (!canAptInstall()) return false;
  console.log(`${why}: installing Debian's ${packages.join(' ')} with apt-get…`);
  const quiet = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  spawnSync('apt-get', ['update', '-qq'], quiet);
  const args = ['install', '-y', '-qq', ...(recommends ? [] : ['--no-install-recommends']), ...packages];
  return spawnSync('apt-get', args, quiet).status === 0;
}
