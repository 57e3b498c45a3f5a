import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { configKey, createSession, snapshotOf, type SessionConfig } from './trainingEngine';
import { TrainingLoop, type Command, type LoopSnapshot } from './trainingLoop';

/** What the figure draws: the latest snapshot of the session for the current configuration. */
export interface RunnerView extends LoopSnapshot {
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

/** Worker when available; otherwise the same loop time-sliced in requestAnimationFrame (~8 ms a frame). */
function createDriver(onSnapshot: (s: LoopSnapshot) => void): Driver {
  if (typeof Worker !== 'undefined') {
    try {
      const worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' });
      let latest: LoopSnapshot | null = null;
      let frame = 0;
      worker.onmessage = (e: MessageEvent<LoopSnapshot>) => {
        latest = e.data;
        // Draw at most once per animation frame, whatever the worker sends.
        if (!frame) frame = requestAnimationFrame(() => {
          frame = 0;
          if (latest) onSnapshot(latest);
        });
      };
      return {
        send: (cmd) => worker.postMessage(cmd),
        dispose: () => {
          cancelAnimationFrame(frame);
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
  const run = () => {
    frame = 0;
    loop.slice(8);
    const snap = loop.snapshot();
    if (snap) onSnapshot(snap);
    if (loop.running) frame = raf(run);
  };
  return {
    send(cmd) {
      if (loop.handle(cmd)) {
        const snap = loop.snapshot();
        if (snap) onSnapshot(snap);
      }
      if (loop.running && !frame) frame = raf(run);
    },
    dispose: () => caf(frame),
  };
}

/**
 * Runs training for one configuration. The first render (server and hydration alike) shows the
 * untrained network computed here synchronously; the driver then takes over in an effect.
 */
export function useTrainingRunner(config: SessionConfig, lr: number, batch: number): RunnerView {
  const key = configKey(config);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the config
  const initial = useMemo<LoopSnapshot>(() => ({ ...snapshotOf(createSession(config)), running: false, rate: 0, playedEpochs: 0, playedMs: 0 }), [key]);
  const [live, setLive] = useState<LoopSnapshot | null>(null);
  const driver = useRef<Driver | null>(null);
  const settings = useRef({ config, lr, batch });
  settings.current = { config, lr, batch };

  useEffect(() => {
    const d = createDriver(setLive);
    driver.current = d;
    return () => {
      d.dispose();
      driver.current = null;
    };
  }, []);

  const init = useCallback(() => {
    const { config: c, lr: l, batch: b } = settings.current;
    setLive(null);
    driver.current?.send({ type: 'init', config: c, lr: l, batch: b });
  }, []);

  useEffect(() => {
    init();
  }, [key, init]);

  useEffect(() => {
    driver.current?.send({ type: 'set', lr, batch });
  }, [lr, batch]);

  const snap = live && live.key === key ? live : initial;
  return {
    ...snap,
    play: useCallback(() => driver.current?.send({ type: 'play' }), []),
    pause: useCallback(() => driver.current?.send({ type: 'pause' }), []),
    step: useCallback(() => driver.current?.send({ type: 'step' }), []),
    restart: init,
  };
}
