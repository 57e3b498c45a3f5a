import { startTransition, useEffect, useRef, useState } from 'react';
import { summarizeDeepSignal, type DeepInitOptions, type DeepSummary } from './deepInitMath';

type Reply = { key: string; summary?: DeepSummary; error?: string };

const keyOf = (o: DeepInitOptions) => `${o.layers}|${o.width}|${o.batch}|${o.init}|${o.act}|${o.seed}`;

/**
 * The summary for `options`, computed in a Web Worker (the largest stack costs ~0.4 s, far more
 * than a frame) with the latest request winning; synchronously where there is no Worker (jsdom,
 * or a worker that failed). The first render computes synchronously so the server and the
 * hydrating client draw the same figure. While a newer request runs, the last result stays up
 * and `pending` is true.
 */
export function useDeepSummary(options: DeepInitOptions): { summary: DeepSummary; pending: boolean } {
  const key = keyOf(options);
  const [result, setResult] = useState(() => ({ key, summary: summarizeDeepSignal(options) }));
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const queued = useRef<{ key: string; options: DeepInitOptions } | null>(null);
  const broken = useRef(false);
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => () => {
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
    if (!worker.current) {
      try {
        const w = new Worker(new URL('./deepInit.worker.ts', import.meta.url), { type: 'module' });
        w.onmessage = (event: MessageEvent<Reply>) => {
          busy.current = false;
          const { summary } = event.data;
          // Redrawing 40 histograms is not urgent: as a transition, React renders it in slices
          // and lets a slider press in between go first.
          if (summary) startTransition(() => setResult({ key: event.data.key, summary }));
          const next = queued.current;
          queued.current = null;
          if (next) {
            busy.current = true;
            w.postMessage(next);
          }
        };
        w.onerror = () => {
          // A worker that cannot start (or crashed): compute here from now on.
          broken.current = true;
          busy.current = false;
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
    if (busy.current) queued.current = { key, options };
    else {
      busy.current = true;
      worker.current.postMessage({ key, options });
    }
  }, [key, result.key]);

  return { summary: result.summary, pending: result.key !== key };
}
