import { useCallback, useEffect, useMemo, useRef } from 'react';
import { classifierSizes, trainingConfigKey, type TrainingConfig } from '../../core';
import { BEST_NONE, type TrainingState } from './params';
import { useTrainingRunner } from './useTrainingRunner';
import { useThrottled } from './useThrottled';
import { trainingCode } from './trainingCode';
import { downloadModel, exportModel } from './exportModel';

type Set = (patch: Partial<TrainingState>) => void;

// Reset returns the state to the example, which may be the configuration already shown (trained
// for a while): then nothing in the state changes, and the runner must be told to start over.
const restarts = new Map<string, () => void>();
export const restartTraining = (id: string) => restarts.get(id)?.();

/** The training configuration a state describes (what rebuilds the network when it changes). */
export const configOf = (s: TrainingState): TrainingConfig => ({
  dataset: s.dataset, noise: s.noise, act: s.act, init: s.init, hidden: s.hidden, units: s.units, seed: s.seed,
  points: s.points, testShare: s.test / 100, draw: s.draw,
});

/** The session for the state, trained by the runner; what the equations, readouts and code show. */
export function useTraining(s: TrainingState, set: Set, id: string) {
  const config = configOf(s);
  const key = trainingConfigKey(config);
  const run = useTrainingRunner(config, { lr: s.lr, batch: s.batch, opt: s.opt, l2: s.l2 });
  const { restart } = run;
  useEffect(() => {
    restarts.set(id, restart);
    return () => void restarts.delete(id);
  }, [id, restart]);

  // A new network (any setting but η, B, the optimiser and λ) starts a new record.
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

  // While training runs, the typeset equations and the code follow at 4 updates a second, all
  // in one render (four throttled values were four renders of the whole figure).
  const slow = run.running ? 250 : 0;
  const slowValues = useMemo(
    () => ({ loss: run.loss, squares: run.weightSquares, steps: run.optimizerSteps, epoch: run.epoch }),
    [run.loss, run.weightSquares, run.optimizerSteps, run.epoch],
  );
  const { loss: shownLoss, squares: shownSquares, steps: shownSteps, epoch: codeEpoch } = useThrottled(slowValues, slow);
  const { start } = run;
  const code = useMemo(
    () => trainingCode({ start, dataset: s.dataset, noise: s.noise, act: s.act, init: s.init, lr: s.lr, batch: s.batch, seed: s.seed, epoch: codeEpoch, opt: s.opt, l2: s.l2, draw: s.draw }),
    [start, s.dataset, s.noise, s.act, s.init, s.lr, s.batch, s.seed, codeEpoch, s.opt, s.l2, s.draw],
  );
  const sizes = useMemo(() => classifierSizes(s.hidden, s.units), [s.hidden, s.units]);
  // Export reads the latest snapshot when pressed (a stable handler, so the buttons do not redraw each frame).
  const latest = useRef({ run, act: s.act });
  latest.current = { run, act: s.act };
  const exportNow = useCallback(() => {
    const { run: r, act } = latest.current;
    if (!r.diverged) downloadModel(exportModel(act, r, r.start));
  }, []);
  return { run, shownLoss, shownSquares, shownSteps, code, sizes, exportNow };
}
