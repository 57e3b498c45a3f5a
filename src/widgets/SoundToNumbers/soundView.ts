import { formatNumber } from '../../components/format';
import type { PartProps } from '../shared/defineWidget';
import type { params, SoundState } from './params';
import { aliased, sampleTone } from './soundMath';

export const FIRST = 8;

/** What the figure shows: the samples, the first few as text, and whether the tone aliases. */
export function deriveSound(s: SoundState) {
  const sampled = sampleTone(s.freq, s.rate, s.duration);
  const n = sampled.xs.length;
  const first = Array.from(sampled.xs.slice(0, FIRST), (x) => formatNumber(x, 3));
  return { sampled, n, first, isAliased: aliased(s.freq, s.rate), perWave: formatNumber(s.rate / s.freq, 2) };
}

export type SoundPart = PartProps<typeof params, ReturnType<typeof deriveSound>>;
