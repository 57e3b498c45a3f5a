import { startTransition, useEffect, useRef, useState } from 'react';
import { summarizeDeepSignal, type DeepInitOptions, type DeepSummary } from './deepInitMath';

type Reply = { key: string; summary?: DeepSummary; error?: string };

const keyOf = (o: DeepInitOptions) => `${o.layers}|${o.width}|${o.batch}|${o.init}|${o.act}|${o.seed}`;

/** A computation slower than this is not restarted on every step of a drag… */
const SLOW_MS = 50;
/** …but once the controls have been still this long. */
const QUIET_MS = 150;

/**
 * The summary for `options`, computed in a Web Worker (the largest stack costs ~0.4 s, far more
 * than a frame) with the latest request winning; synchronously where there is no Worker (jsdom,
 * or a worker that failed). The first render computes synchronously so the server and the
 * hydrating client draw the same figure. While a newer request runs, the last result stays up
 * and `pending` is true. A slow computation (the large stacks) starts once the controls rest.
 */
export function useDeepSummary(options: DeepInitOptions): { summary: DeepSummary; pending: boolean } {
  const key = keyOf(options);
  const [result, setResult] = useState(() => ({ key, summary: summarizeDeepSignal(options) }));
  const worker = useRef<Worker | null>(null);
  const queued = useRef<{ key: string; options: DeepInitOptions } | null>(null);
  const broken = useRef(false);
  const latest = useRef(options);
  latest.current = options;
  // On a 2-core machine a worker busy with one stale request after another takes a core from
  // the page for as long as the reader drags: a slow computation waits for the controls to rest.
  const cost = useRef(0);
  const sentAt = useRef(0);
  const changedAt = useRef(0);
  const wait = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The key being computed, null while the worker is idle.
  const inFlight = useRef<string | null>(null);

  useEffect(() => {
    changedAt.current = performance.now();
  }, [key]);

  useEffect(() => () => {
    clearTimeout(wait.current);
    worker.current?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => {
    if (result.key === key) return;
    const options = latest.current;
    if (typeof Worker === 'undefined' || broken.current) {
      setResult({ key, summary: summarizeDeepSignal(options) });
      return;
    }
    const send = () => {
      clearTimeout(wait.current);
      const w = worker.current;
      const next = queued.current;
      if (!w || !next || inFlight.current !== null) return;
      const rest = cost.current > SLOW_MS ? changedAt.current + QUIET_MS - performance.now() : 0;
      if (rest > 0) {
        wait.current = setTimeout(send, rest);
        return;
      }
      queued.current = null;
      inFlight.current = next.key;
      sentAt.current = performance.now();
      w.postMessage(next);
    };
    if (!worker.current) {
      try {
        const w = new Worker(new URL('./deepInit.worker.ts', import.meta.url), { type: 'module' });
        w.onmessage = (event: MessageEvent<Reply>) => {
          inFlight.current = null;
          cost.current = performance.now() - sentAt.current;
          const { summary } = event.data;
          // Redrawing 40 histograms is not urgent: as a transition, React renders it in slices
          // and lets a slider press in between go first.
          if (summary) startTransition(() => setResult({ key: event.data.key, summary }));
          send();
        };
        w.onerror = () => {
          // A worker that cannot start (or crashed): compute here from now on.
          broken.current = true;
          inFlight.current = null;
          clearTimeout(wait.current);
          w.terminate();
          worker.current = null;
          const o = latest.current;
          setResult({ key: keyOf(o), summary: summarizeDeepSignal(o) });
        };
        worker.current = w;
      } catch {
        broken.current = true;
        setResult({ key, summary: summarizeDeepSignal(options) });
        return;
      }
    }
    // A stale result arriving re-runs this effect: the request for `key` may already be out.
    if (inFlight.current !== key) queued.current = { key, options };
    send();
  }, [key, result.key]);

  return { summary: result.summary, pending: result.key !== key };
}
