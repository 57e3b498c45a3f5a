import { int, num, type StateOf } from '../shared/params';

/**
 * A slow 3 Hz tone sampled 20 times a second for 1 second (slow enough to see every wave).
 * r starts at 4 so that r × T ≥ 1 at the shortest T: N = ⌊r × T⌋ is never less than one sample.
 */
export const params = {
  freq: int(1, 20, 3, { label: 'f (frequency, Hz)', color: 'var(--c-w)' }),
  rate: int(4, 100, 20, { label: 'r (sampling rate, samples per second)', color: 'var(--c-x)' }),
  duration: num(0.25, 2, 1, { label: 'T (duration, s)', step: 0.25, color: 'var(--c-b)' }),
};

export type SoundState = StateOf<typeof params>;
