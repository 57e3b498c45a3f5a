import { useEffect, useMemo, useRef } from 'react';
import { classifierSizes, trainingConfigKey, type TrainingConfig } from '../../core';
import { BEST_NONE, type TrainingState } from './params';
import { useTrainingRunner } from './useTrainingRunner';
import { useThrottled } from './useThrottled';
import { trainingCode } from './trainingCode';

type Set = (patch: Partial<TrainingState>) => void;

// Reset returns the state to the example, which may be the configuration already shown (trained
// for a while): then nothing in the state changes, and the runner must be told to start over.
const restarts = new Map<string, () => void>();
export const restartTraining = (id: string) => restarts.get(id)?.();

/** The session for the state, trained by the runner; what the equations, readouts and code show. */
export function useTraining(s: TrainingState, set: Set, id: string) {
  const config: TrainingConfig = { dataset: s.dataset, noise: s.noise, act: s.act, init: s.init, hidden: s.hidden, units: s.units, seed: s.seed };
  const key = trainingConfigKey(config);
  const run = useTrainingRunner(config, s.lr, s.batch);
  const { restart } = run;
  useEffect(() => {
    restarts.set(id, restart);
    return () => void restarts.delete(id);
  }, [id, restart]);

  // A new network (any setting but η and B) starts a new record.
  const builtFor = useRef(key);
  useEffect(() => {
    if (builtFor.current === key) return;
    builtFor.current = key;
    set({ best: BEST_NONE });
  }, [key, set]);

  // Write the lowest loss reached into the state (for exercises), at most twice a second.
  const lastWrite = useRef(-Infinity);
  useEffect(() => {
    if (run.diverged || !Number.isFinite(run.loss) || run.epoch === 0) return;
    const now = performance.now();
    if (run.loss < s.best * 0.99 && (!run.running || now - lastWrite.current > 500)) {
      lastWrite.current = now;
      set({ best: Number(run.loss.toPrecision(4)) });
    }
  }, [run.loss, run.running, run.diverged, run.epoch, s.best, set]);

  // While training runs, the typeset equation and the code follow at 4 updates a second.
  const slow = run.running ? 250 : 0;
  const shownLoss = useThrottled(run.loss, slow);
  const codeEpoch = useThrottled(run.epoch, slow);
  const { start } = run;
  const code = useMemo(
    () => trainingCode({ start, dataset: s.dataset, noise: s.noise, act: s.act, init: s.init, lr: s.lr, batch: s.batch, seed: s.seed, epoch: codeEpoch }),
    [start, s.dataset, s.noise, s.act, s.init, s.lr, s.batch, s.seed, codeEpoch],
  );
  const sizes = useMemo(() => classifierSizes(s.hidden, s.units), [s.hidden, s.units]);
  return { run, shownLoss, code, sizes };
}
