import { useCallback, useEffect, useReducer, useRef } from 'react';
import { isFiniteMlp } from '../../core';
import { createNetwork, createTraining, learningRate, setUnit, type HiddenActivation, type TargetName, type Training, type Unit } from './nfMath';

interface Session {
  key: string;
  training: Training;
  /** Gradient-descent steps taken so far from the seeded start. */
  done: number;
  /** True once the reader moved a unit by hand (the link then no longer reproduces it). */
  edited: boolean;
  diverged: boolean;
}

export interface NetworkSpec {
  n: number;
  act: HiddenActivation;
  target: TargetName;
  seed: number;
  steps: number;
}

/** Milliseconds of training per animation frame, leaving the rest of the frame for drawing. */
const SLICE_MS = 8;

function fresh(spec: NetworkSpec, key: string): Session {
  const mlp = createNetwork(spec.n, spec.act, spec.seed);
  return { key, training: createTraining(mlp, spec.target, learningRate[spec.act], spec.seed), done: 0, edited: false, diverged: false };
}

/**
 * The network for a spec: built from the seed, then trained `steps` full-batch gradient-descent
 * steps, in frame-sized slices with requestAnimationFrame (drawn after each slice, or only at the
 * end when the reader prefers reduced motion). Fewer steps than done, or another spec, restarts
 * from the seed, so the same state always gives the same network.
 */
export function useTrainedNetwork(spec: NetworkSpec) {
  const key = `${spec.n}|${spec.act}|${spec.target}|${spec.seed}`;
  const session = useRef<Session | null>(null);
  const [version, redraw] = useReducer((x: number) => x + 1, 0);
  if (!session.current || session.current.key !== key || session.current.done > spec.steps) {
    session.current = fresh(spec, key);
  }
  const current = session.current;
  const target = spec.steps;

  useEffect(() => {
    const s = current;
    if (s.done >= target || s.diverged) return;
    const reduce = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
    const hasRaf = typeof requestAnimationFrame === 'function';
    let frame = 0;
    let cancelled = false;
    const slice = () => {
      if (cancelled) return;
      const t0 = performance.now();
      while (s.done < target && (!hasRaf || performance.now() - t0 < SLICE_MS)) {
        s.training.step(1);
        s.done++;
        if (s.done % 50 === 0 && !isFiniteMlp(s.training.mlp)) {
          s.diverged = true;
          break;
        }
      }
      if (s.done >= target || s.diverged) {
        if (!isFiniteMlp(s.training.mlp)) s.diverged = true;
        redraw();
        return;
      }
      if (!reduce) redraw();
      frame = requestAnimationFrame(slice);
    };
    if (hasRaf) frame = requestAnimationFrame(slice);
    else slice();
    return () => {
      cancelled = true;
      if (hasRaf) cancelAnimationFrame(frame);
    };
  }, [current, target]);

  const editUnit = useCallback((j: number, unit: Partial<Unit>) => {
    const s = session.current;
    if (!s) return;
    setUnit(s.training.mlp, j, unit);
    s.edited = true;
    s.diverged = !isFiniteMlp(s.training.mlp);
    redraw();
  }, []);

  const restart = useCallback(() => {
    session.current = null;
    redraw();
  }, []);

  return {
    mlp: current.training.mlp,
    done: current.done,
    training: current.done < spec.steps && !current.diverged,
    edited: current.edited,
    diverged: current.diverged,
    version,
    editUnit,
    restart,
  };
}
