import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * Long work, done one way for every figure: the latest request wins, a stale run is cancelled,
 * a failure is said in words (and `busy` never stays on after it), and the page keeps its frames.
 *
 * Two ways to run a job:
 * - `slices`: on the main thread, a generator advanced in frame-sized slices (SLICE_MS of work a
 *   frame, then the frame is drawn with the latest value it yielded);
 * - `worker`: in a Web Worker that answers `{ key, value }` or `{ key, error }` to each
 *   `{ key, input }` it is sent. A run that took longer than SLOW_MS waits until the key has stopped
 *   changing for `quietMs`: on two cores a worker kept busy by every step of a drag takes a core
 *   from the page. Without Worker support (or when the worker fails) `compute` runs here.
 */
export interface Computation<T> {
  value: T;
  /** A newer value is on its way (the shown one is for an earlier key). */
  busy: boolean;
  /** What went wrong, in words, or null. */
  error: string | null;
}

export interface ComputationOptions<I, T> {
  /** The value before any work (also what the server renders and the client hydrates). */
  initial: (input: I) => T;
  /** The whole computation at once, where there is no worker. */
  compute?: (input: I) => T;
  /** Main-thread work: yields values as it goes; its return value is the last one. */
  slices?: (input: I) => Iterator<T, T, undefined>;
  /** At most this many generator steps a frame (an animation's pace); default: as many as fit. */
  perFrame?: number;
  /** Draw only the final value (e.g. for readers who prefer reduced motion). */
  finalOnly?: boolean;
  worker?: () => Worker;
  quietMs?: number;
  /** `initial` is a stand-in (e.g. "measuring…"), not this key's value: the first run starts at once. */
  placeholder?: boolean;
}

export interface WorkerReply<T> {
  key: string;
  value?: T;
  error?: string;
}

/** Milliseconds of main-thread work a frame, leaving the rest of the frame for drawing. */
export const SLICE_MS = 8;
const SLOW_MS = 50;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const nextFrame = (f: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function') {
    const handle = requestAnimationFrame(f);
    return () => cancelAnimationFrame(handle);
  }
  const handle = setTimeout(f, 0);
  return () => clearTimeout(handle);
};

interface Shown<T> {
  key: string;
  value: T;
  error: string | null;
  running: boolean;
}

export function useComputation<I, T>(key: string, input: I, options: ComputationOptions<I, T>): Computation<T> {
  const [shown, setShown] = useState<Shown<T>>(() => ({ key: options.slices || options.placeholder ? '' : key, value: options.initial(input), error: null, running: false }));
  const worker = useWorkerRunner<I, T>(setShown);

  // The key stands for the input: a run starts when it changes, with this render's input and
  // options (nothing is written to a ref during render).
  useEffect(() => {
    if (shown.key === key) return; // the value shown is already this key's (the initial one)
    if (options.slices) return runSlices(key, input, options, setShown);
    if (options.worker && worker.available(options)) {
      worker.request(key, input, options);
      return;
    }
    try {
      setShown({ key, value: (options.compute ?? options.initial)(input), error: null, running: false });
    } catch (e) {
      setShown((s) => ({ ...s, key, error: messageOf(e), running: false }));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the input
  }, [key, worker]);

  return { value: shown.value, busy: shown.error === null && (shown.key !== key || shown.running), error: shown.error };
}

function runSlices<I, T>(key: string, input: I, o: ComputationOptions<I, T>, setShown: (s: Shown<T>) => void): () => void {
  let job: Iterator<T, T, undefined>;
  let cancel = () => {};
  let last: T | undefined;
  try {
    job = o.slices!(input);
  } catch (e) {
    setShown({ key, value: o.initial(input), error: messageOf(e), running: false });
    return cancel;
  }
  const slice = () => {
    const t0 = performance.now();
    let steps = 0;
    try {
      for (;;) {
        const r = job.next();
        last = r.value;
        if (r.done) {
          setShown({ key, value: r.value, error: null, running: false });
          return;
        }
        if (++steps >= (o.perFrame ?? Infinity) || performance.now() - t0 >= SLICE_MS) break;
      }
    } catch (e) {
      setShown({ key, value: last ?? o.initial(input), error: messageOf(e), running: false });
      return;
    }
    if (!o.finalOnly && last !== undefined) setShown({ key, value: last, error: null, running: true });
    cancel = nextFrame(slice);
  };
  cancel = nextFrame(slice);
  return () => cancel();
}

/** One worker per figure, asked for one key at a time; the newest request waits its turn. */
function useWorkerRunner<I, T>(setShown: (update: (s: Shown<T>) => Shown<T>) => void) {
  const runner = useRef<ReturnType<typeof createRunner<I, T>> | null>(null);
  if (runner.current === null) runner.current = createRunner<I, T>(setShown);
  useEffect(() => () => runner.current?.dispose(), []);
  return runner.current;
}

function createRunner<I, T>(setShown: (update: (s: Shown<T>) => Shown<T>) => void) {
  let worker: Worker | null = null;
  let broken = false;
  let inFlight: string | null = null;
  let queued: { key: string; input: I; o: ComputationOptions<I, T> } | null = null;
  // The newest request, answered here if the worker dies before it does.
  let newest: { key: string; input: I; o: ComputationOptions<I, T> } | null = null;
  let cost = 0;
  let sentAt = 0;
  let changedAt = 0;
  let wait: ReturnType<typeof setTimeout> | undefined;

  const fallback = (key: string, input: I, o: ComputationOptions<I, T>) => {
    try {
      const value = (o.compute ?? o.initial)(input);
      setShown(() => ({ key, value, error: null, running: false }));
    } catch (e) {
      setShown((s) => ({ ...s, key, error: messageOf(e), running: false }));
    }
  };

  const send = () => {
    clearTimeout(wait);
    if (!worker || !queued || inFlight !== null) return;
    const rest = cost > SLOW_MS ? changedAt + (queued.o.quietMs ?? 150) - performance.now() : 0;
    if (rest > 0) {
      wait = setTimeout(send, rest);
      return;
    }
    const next = queued;
    queued = null;
    inFlight = next.key;
    sentAt = performance.now();
    worker.postMessage({ key: next.key, input: next.input });
  };

  const start = (o: ComputationOptions<I, T>): boolean => {
    try {
      const w = o.worker!();
      w.onmessage = (event: MessageEvent<WorkerReply<T>>) => {
        const { key, value, error } = event.data;
        inFlight = null;
        cost = performance.now() - sentAt;
        if (error !== undefined) setShown((s) => ({ ...s, key, error, running: false }));
        // A large redraw is not urgent: as a transition React renders it in slices and lets a
        // slider press in between go first.
        else startTransition(() => setShown(() => ({ key, value: value as T, error: null, running: false })));
        send();
      };
      w.onerror = (event) => {
        event.preventDefault?.();
        broken = true;
        inFlight = null;
        clearTimeout(wait);
        w.terminate();
        worker = null;
        queued = null;
        if (newest) fallback(newest.key, newest.input, newest.o);
      };
      worker = w;
      return true;
    } catch {
      broken = true;
      return false;
    }
  };

  return {
    available: (o: ComputationOptions<I, T>) => typeof Worker !== 'undefined' && !broken && (worker !== null || start(o)),
    request(key: string, input: I, o: ComputationOptions<I, T>) {
      changedAt = performance.now();
      newest = { key, input, o };
      // A stale reply re-renders the figure: the request for `key` may already be out.
      if (inFlight !== key) queued = { key, input, o };
      send();
    },
    dispose() {
      clearTimeout(wait);
      worker?.terminate();
      worker = null;
    },
  };
}
