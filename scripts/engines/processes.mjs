// Helper processes of the engine smoke (Xvfb, WebKitWebDriver): each started in a process group of
// its own and stopped by that group's PID, on success, on failure and when Node exits.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** Starts `command` detached; `stop()` ends it and everything it started (MiniBrowser and its helpers). */
export function startProcess(command, args, { env = {}, stdio = ['ignore', 'ignore', 'pipe'] } = {}) {
  const child = spawn(command, args, { stdio, detached: true, env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    process.off('exit', stopNow);
    stopNow();
    // SIGTERM first; a group still there after 5 s (the leader or what it started) is killed.
    const groupGone = () => {
      try {
        process.kill(-child.pid, 0);
        return false;
      } catch {
        return true;
      }
    };
    await waitUntil(groupGone, { timeoutMs: 5_000, what: `process group ${child.pid} to exit` }).catch(async () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone meanwhile */
      }
      await exited;
    });
  };
  function stopNow() {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  process.on('exit', stopNow);
  return { child, pid: child.pid, stop, stderr: () => stderr, exited };
}

/** A TCP port nobody listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `probe` until it returns a value other than undefined/false, or throws after `timeoutMs`. */
export async function waitUntil(probe, { timeoutMs = 30_000, intervalMs = 100, what = 'a state' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false && value !== null) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}${lastError ? ` (${lastError.message})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
