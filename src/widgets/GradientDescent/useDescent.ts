import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { descend } from '../../core';
import { useComputation } from '../shared/useComputation';
import type { PartProps } from '../shared/defineWidget';
import type { DescentState, params } from './params';
import { descentDecimals } from './descentTex';

/** A run in progress: the start and rate it was pressed at, the step it began at and its goal. */
interface Run {
  w1s: number;
  w2s: number;
  eta: number;
  opt: DescentState['opt'];
  surface: DescentState['surface'];
  from: number;
  goal: number;
}

// Runs per figure, outside the address: Reset and Run reach them by the figure's id.
const runs = new Map<string, Run>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
export function startRun(id: string, s: DescentState, goal: number): void {
  runs.set(id, { w1s: s.w1s, w2s: s.w2s, eta: s.eta, opt: s.opt, surface: s.surface, from: s.steps, goal });
  notify();
}
export function stopRun(id: string): void {
  if (runs.delete(id)) notify();
}

const reducedMotion = () => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

/** The steps a run shows, one a frame, up to its goal or the step where the path diverges. */
function* runSteps(run: (Run & { key: string }) | null): Generator<{ key: string; step: number } | null, { key: string; step: number } | null> {
  if (!run) return null;
  const last = Math.max(run.from, descend(run.w1s, run.w2s, run.eta, run.goal, { optimizer: run.opt, surface: run.surface }).steps);
  for (let step = run.from + 1; step < last; step++) yield { key: run.key, step };
  return { key: run.key, step: last };
}

/** The path so far and whether a run is animating it (through the shared useComputation). */
export function useDescent(s: DescentState, set: (patch: Partial<DescentState>) => void, id: string) {
  const run = useSyncExternalStore(subscribe, () => runs.get(id) ?? null, () => null);
  // A run belongs to the start, rate, optimiser and surface it was pressed at: changing any ends it.
  const active = run !== null && run.w1s === s.w1s && run.w2s === s.w2s && run.eta === s.eta && run.opt === s.opt && run.surface === s.surface;
  const key = active ? `${run.w1s}|${run.w2s}|${run.eta}|${run.opt}|${run.surface}|${run.from}→${run.goal}` : 'idle';
  const frame = useComputation(key, active ? { ...run, key } : null, { initial: () => null, slices: runSteps, perFrame: 1, finalOnly: reducedMotion() });
  const current = frame.value !== null && frame.value.key === key ? frame.value.step : null;
  useEffect(() => {
    if (run !== null && !active) stopRun(id);
    if (current === null) return;
    if (current > s.steps) set({ steps: current });
    if (!frame.busy) stopRun(id);
  }, [run, active, current, frame.busy, s.steps, set, id]);
  const path = useMemo(() => descend(s.w1s, s.w2s, s.eta, s.steps, { optimizer: s.opt, surface: s.surface }), [s.w1s, s.w2s, s.eta, s.steps, s.opt, s.surface]);
  return useMemo(() => {
    const last = path.steps;
    const point = { w1: path.w1[last], w2: path.w2[last], L: path.loss[last], eta: s.eta, surface: s.surface, opt: s.opt, memory: { m: path.m, s: path.s }, t: last };
    return { path, ...point, digits: descentDecimals(point), running: active };
  }, [path, s.eta, s.surface, s.opt, active]);
}
export type DescentPart = PartProps<typeof params, ReturnType<typeof useDescent>>;
