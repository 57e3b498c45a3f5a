// Serves dist/ with `vite preview` on a port of its own, started and stopped by its PID.
import { spawn } from 'node:child_process';

async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`Preview server did not answer at ${url}`);
}

export async function startPreview(port = Number(process.env.PREVIEW_PORT ?? 4317)) {
  const outDir = process.env.OUT_DIR ?? 'dist';
  const child = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  try {
    await waitFor(url, 30_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, pid: child.pid, stop };
}
