import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createTrainingSession, sessionSnapshot, trainingConfigKey, type TrainingConfig, type TrainingSession } from '../../core';
import { pacedDelivery } from '../shared/pacedDelivery';
import { TrainingLoop, type Command, type LoopMessage, type LoopSnapshot, type StepSettings } from './trainingLoop';

/** What the figure draws: the latest snapshot of the session for the current configuration. */
export interface RunnerView extends LoopSnapshot {
  /** The untrained session of this configuration (its data and starting weights, for the code). */
  start: TrainingSession;
  /** A sentence saying what failed (not a divergence), or null. */
  error: string | null;
  play: () => void;
  pause: () => void;
  step: () => void;
  /** Rebuilds the session from the configuration (same seed → same data and weights). */
  restart: () => void;
}

interface Driver {
  send(cmd: Command): void;
  dispose(): void;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** What a driver hears; `workerLost`: the worker itself failed, and the page should train here. */
type DriverMessage = LoopMessage | { error: string; workerLost: true };

/** Worker when available; otherwise the same loop time-sliced in requestAnimationFrame (~8 ms a frame). */
function createDriver(onMessage: (m: DriverMessage) => void, mainThread = false): Driver {
  if (typeof Worker !== 'undefined' && !mainThread) {
    try {
      const worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' });
      // Drawn at most once per animation frame, and less often where drawing costs frames.
      const paced = pacedDelivery<LoopSnapshot>(onMessage, {
        settled: (snap) => !snap.running,
        onInterval: (every) => worker.postMessage({ type: 'pace', every } satisfies Command),
      });
      worker.onmessage = (e: MessageEvent<LoopMessage>) => {
        if ('error' in e.data) {
          paced.cancel();
          onMessage(e.data);
          return;
        }
        paced.push(e.data);
      };
      // A worker that fails to load or throws outside its handlers stops without a reply: say so.
      worker.onerror = (e) => {
        e.preventDefault();
        onMessage({ error: e.message || 'the training worker stopped', workerLost: true });
      };
      worker.onmessageerror = () => onMessage({ error: 'a message from the training worker could not be read', workerLost: true });
      return {
        send: (cmd) => worker.postMessage(cmd),
        dispose: () => {
          paced.cancel();
          worker.terminate();
        },
      };
    } catch {
      /* fall through to the main-thread loop */
    }
  }
  const loop = new TrainingLoop(() => performance.now());
  const raf = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (f: FrameRequestCallback) => setTimeout(() => f(performance.now()), 16) as unknown as number;
  const caf = typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame : (h: number) => clearTimeout(h);
  let frame = 0;
  const guarded = (work: () => void) => {
    try {
      work();
    } catch (e) {
      loop.running = false;
      onMessage({ error: messageOf(e) });
    }
  };
  const post = () => {
    const snap = loop.snapshot();
    if (snap) onMessage(snap);
  };
  const run = () => {
    frame = 0;
    guarded(() => {
      loop.slice(8);
      post();
    });
    if (loop.running) frame = raf(run);
  };
  return {
    send(cmd) {
      guarded(() => {
        if (loop.handle(cmd)) post();
      });
      if (loop.running && !frame) frame = raf(run);
    },
    dispose: () => caf(frame),
  };
}

/**
 * Runs training for one configuration. The first render (server and hydration alike) shows the
 * untrained network computed here synchronously; the driver then takes over in an effect.
 */
export function useTrainingRunner(config: TrainingConfig, step: StepSettings): RunnerView {
  const key = trainingConfigKey(config);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the config
  const start = useMemo(() => createTrainingSession(config), [key]);
  const initial = useMemo<LoopSnapshot>(() => ({ ...sessionSnapshot(start), running: false, rate: 0, playedEpochs: 0, playedMs: 0 }), [start]);
  const [live, setLive] = useState<LoopSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const driver = useRef<Driver | null>(null);
  const settings = useRef({ config, step });
  settings.current = { config, step };

  useEffect(() => {
    const onMessage = (m: DriverMessage) => {
      if (!('error' in m)) {
        setLive(m);
        return;
      }
      setLive((s) => (s ? { ...s, running: false } : s));
      if (!('workerLost' in m) || !driver.current) {
        setError(`Training stopped: ${m.error}. Press Reset to start again.`);
        return;
      }
      // Without its worker the figure still trains, on the main thread, from a fresh start.
      setError(`The training worker failed (${m.error}), so the network trains on this page instead, from epoch 0.`);
      driver.current.dispose();
      driver.current = createDriver(onMessage, true);
      const { config: c, step: st } = settings.current;
      driver.current.send({ type: 'init', config: c, settings: st });
    };
    driver.current = createDriver(onMessage);
    return () => {
      driver.current?.dispose();
      driver.current = null;
    };
  }, []);

  const init = useCallback(() => {
    const { config: c, step: st } = settings.current;
    setLive(null);
    setError(null);
    driver.current?.send({ type: 'init', config: c, settings: st });
  }, []);

  useEffect(() => {
    init();
  }, [key, init]);

  const { lr, batch, opt, l2 } = step;
  useEffect(() => {
    driver.current?.send({ type: 'set', settings: { lr, batch, opt, l2 } });
  }, [lr, batch, opt, l2]);

  const snap = live && live.key === key ? live : initial;
  return {
    ...snap,
    start,
    error,
    play: useCallback(() => driver.current?.send({ type: 'play' }), []),
    pause: useCallback(() => driver.current?.send({ type: 'pause' }), []),
    step: useCallback(() => driver.current?.send({ type: 'step' }), []),
    restart: init,
  };
}
