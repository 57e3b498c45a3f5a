import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fitCurves, fitError, fitLearningRate, fitStart, fitTraining, fitUnit, withUnit, type Fit, type FitUnit } from '../../core';
import { useComputation } from '../shared/useComputation';
import { TRAIN_STEPS, type NfState } from './params';
import { baseKey, remember, resumePoint } from './fitReplay';
import { nfCode } from './nfCode';

/** A network the figure shows: for which start and target, trained from the seed or from a hand edit. */
interface Shown {
  base: string;
  source: number | 'seed';
  fit: Fit;
}
interface Hand {
  base: string;
  stamp: number;
  fit: Fit;
}
interface Job {
  s: NfState;
  base: string;
  hand: Hand | null;
}

const initial = ({ s, base, hand }: Job): Shown => ({ base, source: hand?.stamp ?? 'seed', fit: hand?.fit ?? fitStart(s) });

/** Trains from the hand-edited network, or from the furthest one reached for this start, to `steps`. */
function* trainToState({ s, base, hand }: Job): Generator<Shown, Shown, undefined> {
  const from = hand?.fit ?? resumePoint(s);
  const run = fitTraining(from, s.target, s.steps - from.done);
  for (;;) {
    const r = run.next();
    if (!hand) remember(s, r.value);
    const shown: Shown = { base, source: hand?.stamp ?? 'seed', fit: r.value };
    if (r.done) return shown;
    yield shown;
  }
}

const reduceMotion = () => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

// Reset may leave the state as it is (the example, untrained) while a unit was moved by hand.
const clearHands = new Map<string, () => void>();
export const clearHandEdits = (id: string) => clearHands.get(id)?.();
let stamps = 0;

/**
 * The network a state describes, trained in frame-sized slices (drawn after each, or only at the
 * end for readers who prefer reduced motion), with the reader's hand edits on top. A new start
 * (N, f, target or seed) begins at step 0; hand edits are not part of the state.
 */
export function useFit(s: NfState, set: (patch: Partial<NfState>) => void, id: string) {
  const base = `${baseKey(s)}|${s.target}`;
  const [hand, setHand] = useState<Hand | null>(null);
  useEffect(() => {
    clearHands.set(id, () => setHand(null));
    return () => void clearHands.delete(id);
  }, [id]);
  const builtFor = useRef(base);
  useEffect(() => {
    if (builtFor.current === base) return;
    builtFor.current = base;
    setHand(null);
    set({ steps: 0 });
  }, [base, set]);

  const handNow = hand && hand.base === base && hand.fit.done <= s.steps ? hand : null;
  const source = handNow?.stamp ?? 'seed';
  // A hand edit at the steps reached is shown as it is; only Train (more steps) trains from it.
  const idle = handNow !== null && handNow.fit.done === s.steps;
  const job = { s, base, hand: handNow };
  const finalOnly = useMemo(reduceMotion, []);
  const computed = useComputation(`${base}|${s.steps}|${idle ? 'hand' : source}`, job, { initial, slices: trainToState, finalOnly });
  const start = useMemo(() => fitStart({ n: s.n, act: s.act, seed: s.seed }), [s.n, s.act, s.seed]);
  const value = computed.value;
  const fit = idle
    ? handNow.fit
    : value.base === base && value.source === source && value.fit.done <= s.steps
      ? value.fit
      : (handNow?.fit ?? start);

  const j = Math.min(s.unit, s.n);
  const drawn = useMemo(() => ({ curves: fitCurves(fit, s.target), mse: fitError(fit, s.target) }), [fit, s.target]);
  const unit = fitUnit(fit, j - 1);
  const edited = handNow !== null;
  const lr = fitLearningRate[s.act];
  const code = useMemo(() => nfCode({ fit, target: s.target, seed: s.seed, lr, more: TRAIN_STEPS, edited }), [fit, s.target, s.seed, lr, edited]);
  const editUnit = useCallback(
    (k: number, patch: Partial<FitUnit>) => setHand({ base, stamp: ++stamps, fit: withUnit(fit, k, patch) }),
    [base, fit],
  );
  return {
    fit,
    ...drawn,
    j,
    unit,
    bend: unit.w === 0 ? Number.NaN : -unit.b / unit.w,
    lr,
    code,
    edited,
    training: fit.done < s.steps && !fit.diverged && computed.error === null,
    error: computed.error,
    editUnit,
  };
}
