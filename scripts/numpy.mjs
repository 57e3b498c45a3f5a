// The "In code" snippets are run in real NumPy by the tests: find python3 with NumPy, or get it —
// pip where python3 is there (Debian's python marks itself externally managed, hence the second
// try), else Debian's python3-numpy through apt-get when running as root.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const hasNumpy = () => spawnSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0;

export function ensureNumpy() {
  if (hasNumpy()) return true;
  const quiet = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', PIP_DISABLE_PIP_VERSION_CHECK: '1' } };
  if (spawnSync('python3', ['-m', 'pip', '--version'], { stdio: 'ignore' }).status === 0) {
    console.log('No NumPy found: installing it with pip…');
    spawnSync('python3', ['-m', 'pip', 'install', '--quiet', 'numpy'], quiet);
    if (!hasNumpy()) spawnSync('python3', ['-m', 'pip', 'install', '--quiet', '--break-system-packages', 'numpy'], quiet);
    if (hasNumpy()) return true;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No NumPy found: installing Debian\'s python3-numpy with apt-get…');
    spawnSync('apt-get', ['update', '-qq'], quiet);
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'python3', 'python3-numpy'], quiet);
  }
  return hasNumpy();
}
