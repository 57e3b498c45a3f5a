import { useCallback, useEffect, useRef, useState } from 'react';
import { pacedDelivery } from '../shared/pacedDelivery';
import { DigitsLoop, type DigitsCommand, type DigitsSnapshot } from './digitsLoop';

export type TrainingStatus = 'idle' | 'running' | 'paused' | 'diverged' | 'failed';

export interface TrainingRun {
  status: TrainingStatus;
  /** The latest snapshot of the run, null before the first "Train from scratch". */
  snap: DigitsSnapshot | null;
  /** A sentence saying what failed, or null. */
  error: string | null;
  start: (data: ArrayBuffer, hidden: number, lr: number) => void;
  pause: () => void;
  resume: () => void;
  /** Drops the run: the figure goes back to the shipped network. */
  discard: () => void;
}

interface Driver {
  send(cmd: DigitsCommand, transfer?: Transferable[]): void;
  dispose(): void;
}

type Message = DigitsSnapshot | { error: string };

/**
 * The page draws a run at most 4 times a second, and less often where drawing costs frames
 * (pacedDelivery): each snapshot re-reads the drawing with the new network, repaints the hidden
 * units' images and the confusion matrix; at the worker's 20 a second that took frames from the
 * page. A snapshot of a stopped run, or an error, is drawn at once.
 */
export const DRAW_EVERY_MS = 250;

const throttled = (onMessage: (m: Message) => void) =>
  pacedDelivery<Message>(onMessage, { settled: (m) => 'error' in m || !m.running, minInterval: DRAW_EVERY_MS });

/** The worker; where there is none (a test, an old browser), the same loop in 30 ms slices on this thread. */
function createDriver(onMessage: (m: Message) => void): Driver {
  const out = throttled(onMessage);
  if (typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./digits.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<Message>) => out.push(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      out.push({ error: e.message || 'the training worker stopped' });
    };
    return {
      send: (cmd, transfer = []) => worker.postMessage(cmd, transfer),
      dispose: () => {
        out.cancel();
        worker.terminate();
      },
    };
  }
  const loop = new DigitsLoop(() => performance.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guarded = (work: () => void) => {
    try {
      work();
      const snap = loop.snapshot();
      if (snap) out.push(snap);
    } catch (e) {
      loop.running = false;
      out.push({ error: e instanceof Error ? e.message : String(e) });
    }
  };
  const run = () => {
    timer = undefined;
    guarded(() => loop.slice(30));
    if (loop.running) timer = setTimeout(run, 0);
  };
  return {
    send(cmd) {
      guarded(() => loop.handle(cmd));
      if (loop.running && timer === undefined) timer = setTimeout(run, 0);
    },
    dispose: () => {
      out.cancel();
      clearTimeout(timer);
    },
  };
}

/** "Train from scratch": a worker created on the first press, kept for the figure's life. */
export function useDigitsTraining(lr: number): TrainingRun {
  const [snap, setSnap] = useState<DigitsSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [requested, setRequested] = useState<'running' | 'paused'>('paused');
  const driver = useRef<Driver | null>(null);
  const run = useRef(0);

  useEffect(() => () => {
    driver.current?.dispose();
    driver.current = null;
  }, []);

  useEffect(() => {
    driver.current?.send({ type: 'rate', lr });
  }, [lr]);

  const start = useCallback((data: ArrayBuffer, hidden: number, rate: number) => {
    const id = ++run.current;
    driver.current ??= createDriver((m) => {
      if (id !== run.current) return;
      if ('error' in m) setError(`Training stopped: ${m.error}.`);
      else setSnap(m);
    });
    setError(null);
    setSnap(null);
    setRequested('running');
    // The worker gets its own copy of the digits (7.8 MB): the page keeps reading its own.
    const copy = data.slice(0);
    driver.current.send({ type: 'start', data: copy, hidden, lr: rate, seed: 1 }, [copy]);
  }, []);
  const pause = useCallback(() => {
    setRequested('paused');
    driver.current?.send({ type: 'pause' });
  }, []);
  const resume = useCallback(() => {
    setRequested('running');
    driver.current?.send({ type: 'resume' });
  }, []);
  const discard = useCallback(() => {
    run.current++;
    driver.current?.send({ type: 'pause' });
    setSnap(null);
    setError(null);
    setRequested('paused');
  }, []);

  // What the reader asked for, once the run confirms it: a Pause lands after the worker's current
  // slice, and until that slice's snapshot has arrived the run still counts as running.
  const status: TrainingStatus = error
    ? 'failed'
    : !snap ? (requested === 'running' ? 'running' : 'idle')
      : !snap.finite ? 'diverged'
        : requested === 'paused' && !snap.running ? 'paused' : 'running';
  return { status, snap, error, start, pause, resume, discard };
}
