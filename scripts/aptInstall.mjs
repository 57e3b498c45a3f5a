// Installs Debian packages with apt-get when this process may (root, on Debian); the test runner
// then finds what it needs on a fresh machine, as scripts/chromium.mjs does for Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const canAptInstall = () => typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');

/** apt-get install of `packages` (once `apt-get update` has run); false when not allowed here. */
export function aptInstall(packages, why) {
  if (!canAptInstall()) return false;
  console.log(`${why}: installing Debian's ${packages.join(' ')} with apt-get…`);
  const quiet = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  spawnSync('apt-get', ['update', '-qq'], quiet);
  return spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], quiet).status === 0;
}
